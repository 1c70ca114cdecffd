import { describe, expect, it } from '@jest/globals';
import { normalizeSender } from '../../../lib/normalization/sender.js';

describe('normalizeSender', () => {
  it.each<[unknown, string | undefined]>([
    ['10004346', '10004346'],
    ['0210004346', '0210004346'],
    ['+983000', '+983000'],
    [' ۳۰۰۰۱۲ ', '300012'],
    [10004346, '10004346'],
    ['30 00', undefined],
    ['SHOP', undefined],
    ['', undefined],
    ['+', undefined],
    [1.5, undefined],
    [-1, undefined],
    [null, undefined],
  ])('%p → %p', (input, expected) => {
    expect(normalizeSender(input)).toBe(expected);
  });
});
