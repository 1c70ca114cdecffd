import { SmsValidationException } from '../exceptions/index.js';
import type { SendArrayOptions } from '../interfaces/index.js';
import { isSegmentLimit, isWholeMilliseconds, MAX_TIMER_MS } from '../options/option-bounds.js';

/**
 * What one call may take: its timeout in milliseconds, the signal that abandons it, the most parts it may cost, and
 * a campaign's pacing.
 */
export interface CallSettings {
  timeout: number;
  signal?: AbortSignal;
  maxSegments?: number;
  /** Set by a campaign that paces its requests; a single send has none and is never held. */
  pacing?: CallPacing;
}

/**
 * How a campaign paces the tries of its requests. The campaign waits for a request's first try itself, before
 * handing it over; the retry loop asks for each retry and reports each `Retry-After` it meets.
 */
export interface CallPacing {
  /** Awaited before each retry: resolves once the campaign's rate and pauses let it start, and counts it. */
  beforeRetry(): Promise<void>;
  /** Told the provider's `Retry-After`, capped as retries are, whenever a try fails with one. */
  tryLater(delayMs: number): void;
}

/** The module's settings a call falls back on. */
export interface CallDefaults {
  timeout: number;
  maxSegments?: number;
}

/**
 * The settings of one call: its own timeout and `maxSegments`, else the module's, and its signal; throws
 * `SmsValidationException`, before anything is sent, when one of its own is out of bounds.
 */
export function callSettings(options: SendArrayOptions, defaults: CallDefaults): CallSettings {
  const { timeout = defaults.timeout, maxSegments = defaults.maxSegments, signal } = options;
  if (!isWholeMilliseconds(timeout)) {
    throw new SmsValidationException(
      `timeout must be a whole number of milliseconds from 1 to ${MAX_TIMER_MS}`,
    );
  }
  if (maxSegments !== undefined && !isSegmentLimit(maxSegments)) {
    throw new SmsValidationException('maxSegments must be a whole number of parts, at least 1');
  }
  return { timeout, signal, ...(maxSegments === undefined ? {} : { maxSegments }) };
}
