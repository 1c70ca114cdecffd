import { SmsOptionsError } from '../exceptions/index.js';

/** The longest delay a Node.js timer keeps: 2^31 - 1 ms, about 24.8 days. A longer one fires at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Whether `value` is a whole number of milliseconds from `min` to the longest a timer keeps. */
export function isWholeMilliseconds(value: unknown, min = 1): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_TIMER_MS;
}

/** `value`, or an `SmsOptionsError` when it is not a whole number of milliseconds from `min` to 2,147,483,647. */
export function checkWholeMilliseconds(option: string, value: unknown, min = 1): number {
  if (!isWholeMilliseconds(value, min)) {
    throw new SmsOptionsError(
      option,
      `must be a whole number of milliseconds from ${min} to ${MAX_TIMER_MS}`,
    );
  }
  return value;
}

/** Whether `value` is a whole number of parts, at least 1. */
export function isSegmentLimit(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1;
}

/** `value`, or an `SmsOptionsError` when it is not a whole number of parts, at least 1. */
export function checkMaxSegments(option: string, value: unknown): number {
  if (!isSegmentLimit(value))
    throw new SmsOptionsError(option, 'must be a whole number of parts, at least 1');
  return value;
}
