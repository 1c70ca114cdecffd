import { SmsOptionsError } from './exceptions/index.js';
import { SmsHealthIndicator } from './health/sms-health.indicator.js';
import { SmsService } from './sms.service.js';

/**
 * The injection token of the `SmsService` of the instance registered with `name`; the `SmsService` class itself
 * for the unnamed instance.
 */
export function getSmsServiceToken(name?: string): string | typeof SmsService {
  return name === undefined ? SmsService : `SmsService:${name}`;
}

/**
 * The injection token of the `SmsHealthIndicator` of the instance registered with `name`; the class itself for the
 * unnamed instance.
 */
export function getSmsHealthIndicatorToken(name?: string): string | typeof SmsHealthIndicator {
  return name === undefined ? SmsHealthIndicator : `SmsHealthIndicator:${name}`;
}

/** Checks the `name` of an instance: left out, or a non-empty string. */
export function checkInstanceName(name: unknown): void {
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
    throw new SmsOptionsError('name', 'must be a non-empty string');
  }
}
