import { SmsValidationException } from '../exceptions/index.js';
import type { SendArrayOptions } from '../interfaces/index.js';

/** What one call may take: its timeout in milliseconds, and the signal that abandons it. */
export interface CallSettings {
  timeout: number;
  signal?: AbortSignal;
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
