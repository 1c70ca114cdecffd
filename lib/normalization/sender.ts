import { toAsciiDigits } from './digits.js';

/** A sender line as the provider takes it: digits, optionally after a `+`. */
export const SENDER_PATTERN = /^\+?\d+$/;

/**
 * Turns a sender line into the string of digits sent to the provider (an optional leading `+` kept, leading zeros
 * kept), or `undefined` when it is not one.
 */
export function normalizeSender(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'string') text = toAsciiDigits(value.trim());
  else if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) text = String(value);
  else return undefined;
  return SENDER_PATTERN.test(text) ? text : undefined;
}
