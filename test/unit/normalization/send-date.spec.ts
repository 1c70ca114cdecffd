import { describe, expect, it } from '@jest/globals';
import { formatSendDate, isTimeZone, parseSendDate } from '../../../lib/normalization/send-date.js';

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
