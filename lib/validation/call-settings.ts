import { SmsValidationException } from '../exceptions/index.js';
import type { SendArrayOptions } from '../interfaces/index.js';

/** What one call may take: its timeout in milliseconds, the signal that abandons it, and a campaign's pacing. */
export interface CallSettings {
  timeout: number;
  signal?: AbortSignal;
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

/**
 * The settings of one call: its own timeout, else the module's, and its signal; throws `SmsValidationException`
 * when the timeout is not a positive number.
 */
export function callSettings({ timeout, signal }: SendArrayOptions, moduleTimeout: number): CallSettings {
  const chosen = timeout ?? moduleTimeout;
  if (typeof chosen !== 'number' || !Number.isFinite(chosen) || chosen <= 0) {
    throw new SmsValidationException('timeout must be a positive number of milliseconds');
  }
  return { timeout: chosen, signal };
}
