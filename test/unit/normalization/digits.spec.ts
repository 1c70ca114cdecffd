import { describe, expect, it } from '@jest/globals';
import { toAsciiDigits } from '../../../lib/normalization/digits.js';

describe('toAsciiDigits', () => {
  it.each([
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['09۱2٣4', '091234'],
    ['abc', 'abc'],
  ])('%s → %s', (input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });
});
