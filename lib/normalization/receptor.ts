import { toAsciiDigits } from './digits.js';

/** A mobile number as the provider takes it: `09` and nine digits. */
export const RECEPTOR_PATTERN = /^09\d{9}$/;

/** Spaces, dashes (ASCII and Unicode) and parentheses: written inside numbers, never meant. */
const SEPARATORS = /[\s\-\u2010-\u2015()]/g;

/** An optional country code (`+98`, `0098`, `98`), an optional trunk `0`, then the ten-digit `9…` number. */
const IRANIAN_MOBILE = /^(?:(?:\+|00)?98)?0?(9\d{9})$/;

/** The separators of a receptor list written as one string: the ASCII and the Arabic comma. */
const LIST_SEPARATOR = /[,\u060c]/;

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

/** Receptors sorted into the distinct normalised numbers, in first-seen order, and the inputs that are none. */
export interface SortedReceptors {
  receptors: string[];
  invalid: unknown[];
}

/** Normalises every value, drops repeats of a number already seen, and keeps the invalid inputs as given. */
export function sortReceptors(values: Iterable<unknown>): SortedReceptors {
  const receptors = new Set<string>();
  const invalid: unknown[] = [];
  for (const value of values) {
    const receptor = normalizeReceptor(value);
    if (receptor === undefined) invalid.push(value);
    else receptors.add(receptor);
  }
  return { receptors: [...receptors], invalid };
}

/** Splits a comma-separated list (`0912…,0913…`) into its entries, dropping empty ones. */
export function splitReceptorList(list: string): string[] {
  return list
    .split(LIST_SEPARATOR)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
