import { SmsValidationException } from '../exceptions/index.js';
import type { SendArrayOptions } from '../interfaces/index.js';
import { isSegmentLimit, isWholeMilliseconds, MAX_TIMER_MS } from '../options/option-bounds.js';

/** What one call may take: its timeout in milliseconds, the signal that abandons it, the most parts it may cost. */
export interface CallSettings {
  timeout: number;
  signal?: AbortSignal;
  maxSegments?: number;
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
