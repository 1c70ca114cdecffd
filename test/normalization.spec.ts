import { describe, expect, it } from '@jest/globals';
import { toAsciiDigits } from '../lib/normalization/digits.js';
import { normalizeReceptor, sortReceptors, splitReceptorList } from '../lib/normalization/receptor.js';
import { formatSendDate, isTimeZone, parseSendDate } from '../lib/normalization/send-date.js';
import { normalizeSender } from '../lib/normalization/sender.js';
import { maskReceptor, describeReceptors } from '../lib/logging/mask-receptor.js';

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

describe('normalizeReceptor', () => {
  it.each<[unknown, string]>([
    ['09121234567', '09121234567'],
    ['9121234567', '09121234567'],
    ['989121234567', '09121234567'],
    ['+989121234567', '09121234567'],
    ['00989121234567', '09121234567'],
    ['+98 912 123 4567', '09121234567'],
    ['0912-123-4567', '09121234567'],
    ['(0912) 123 4567', '09121234567'],
    ['0912\u2013123\u20134567', '09121234567'],
    ['+98 (0) 912 123 4567', '09121234567'],
    ['۰۹۱۲۱۲۳۴۵۶۷', '09121234567'],
    ['٠٩١٢١٢٣٤٥٦٧', '09121234567'],
    ['+۹۸۹۱۲۱۲۳۴۵۶۷', '09121234567'],
    ['\t09011234567\n', '09011234567'],
    ['09901234567', '09901234567'],
    ['9891234567', '09891234567'],
    [9121234567, '09121234567'],
    [989121234567, '09121234567'],
  ])('%p → %s', (input, expected) => {
    expect(normalizeReceptor(input)).toBe(expected);
  });

  it.each<unknown>([
    '',
    '0912123456',
    '091212345678',
    '08121234567',
    '02112345678',
    '+09121234567',
    '+19121234567',
    '0989121234567',
    '0912.123.4567',
    '0912123456a',
    '۰۹۱۲۱۲۳۴۵۶',
    9121234567.5,
    -9121234567,
    Number.NaN,
    null,
    undefined,
    {},
    ['09121234567'],
  ])('%p is not a mobile number', (input) => {
    expect(normalizeReceptor(input)).toBeUndefined();
  });
});

describe('sortReceptors', () => {
  it('keeps the first of each number, in order, and the invalid inputs as given', () => {
    expect(sortReceptors(['09351112233', '+989121234567', 'x', '9351112233', 9121234567, ''])).toEqual({
      receptors: ['09351112233', '09121234567'],
      invalid: ['x', ''],
    });
  });
});

describe('splitReceptorList', () => {
  it.each([
    ['09121234567', ['09121234567']],
    ['09121234567, 09351112233', ['09121234567', '09351112233']],
    ['09121234567،09351112233', ['09121234567', '09351112233']],
    [' 09121234567 ,, 09351112233 ,', ['09121234567', '09351112233']],
    ['', []],
  ])('%p → %p', (input, expected) => {
    expect(splitReceptorList(input)).toEqual(expected);
  });
});

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

describe('send dates', () => {
  it.each([
    ['2026-03-20T20:30:05Z', 'Asia/Tehran', '2026-03-21 00:00:05'],
    ['2026-11-26T23:59:59Z', 'UTC', '2026-11-26 23:59:59'],
    ['2026-07-01T12:00:00Z', 'Europe/Berlin', '2026-07-01 14:00:00'],
    ['2026-01-01T00:00:00Z', 'America/New_York', '2025-12-31 19:00:00'],
  ])('formats %s in %s as %s, and reads it back', (iso, timeZone, text) => {
    expect(formatSendDate(new Date(iso), timeZone)).toBe(text);
    expect(parseSendDate(text, timeZone)).toEqual(new Date(iso));
  });

  it.each([
    ['2026-02-29 10:00:00', 'Asia/Tehran', 'not a leap year'],
    ['2026-04-31 10:00:00', 'Asia/Tehran', 'April has 30 days'],
    ['2026-01-01 24:00:00', 'Asia/Tehran', 'hour 24'],
    ['2026-01-01 10:60:00', 'Asia/Tehran', 'minute 60'],
    ['2026-03-29 02:30:00', 'Europe/Berlin', 'skipped by the spring change'],
    ['2026-01-01T10:00:00', 'Asia/Tehran', 'ISO separator'],
    ['2026-1-1 10:00:00', 'Asia/Tehran', 'unpadded'],
    ['2026-01-01 10:00', 'Asia/Tehran', 'no seconds'],
    ['0999-01-01 00:00:00', 'Asia/Tehran', 'a three-digit year'],
    ['0050-06-01 00:00:00', 'Asia/Tehran', 'a two-digit year'],
  ])('%s in %s is no send date (%s)', (text, timeZone) => {
    expect(parseSendDate(text, timeZone)).toBeUndefined();
  });

  it.each([
    [new Date('+010000-01-01T00:00:00Z'), 'past the year 9999'],
    [new Date('0999-06-01T00:00:00Z'), 'before the year 1000'],
    [new Date(Number.NaN), 'invalid'],
  ])('cannot write %p (%s)', (instant) => {
    expect(formatSendDate(instant, 'Asia/Tehran')).toBeUndefined();
  });

  it('knows IANA zones', () => {
    expect(isTimeZone('Asia/Tehran')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('masking', () => {
  it('hides the middle of a number', () => {
    expect(maskReceptor('09121234567')).toBe('0912***4567');
  });

  it.each([
    [['09121234567'], '1 receptor (0912***4567)'],
    [['09121234567', '09351112233'], '2 receptors (0912***4567, 0935***2233)'],
    [
      ['09121234567', '09351112233', '09011112222', '09901234567', '09131234567'],
      '5 receptors (0912***4567, 0935***2233, 0901***2222, 2 more)',
    ],
  ])('describes %p', (receptors, expected) => {
    expect(describeReceptors(receptors)).toBe(expected);
  });
});
