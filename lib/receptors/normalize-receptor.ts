import { toAsciiDigits } from '../normalization/digits.js';

/** A mobile number as the provider takes it: `09` and nine digits. */
export const RECEPTOR_PATTERN = /^09\d{9}$/;

/** Spaces, dashes (ASCII and Unicode) and parentheses: written inside numbers, never meant. */
const SEPARATORS = /[\s\-\u2010-\u2015()]/g;

/** An optional country code (`+98`, `0098`, `98`), an optional trunk `0`, then the ten-digit `9…` number. */
const IRANIAN_MOBILE = /^(?:(?:\+|00)?98)?0?(9\d{9})$/;

/**
 * Turns one Iranian mobile number written in any usual form into `09xxxxxxxxx`, or `undefined` when it is not one.
 *
 * @example normalizeReceptor('+98 912 123-4567') // '09121234567'
 * @example normalizeReceptor('۹۱۲۱۲۳۴۵۶۷')       // '09121234567'
 */
export function normalizeReceptor(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) text = String(value);
  else return undefined;
  if (RECEPTOR_PATTERN.test(text)) return text;
  const national = IRANIAN_MOBILE.exec(toAsciiDigits(text).replace(SEPARATORS, ''))?.[1];
  return national === undefined ? undefined : `0${national}`;
}
