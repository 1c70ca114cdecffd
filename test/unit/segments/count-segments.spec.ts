import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { countSegments, type SegmentCount } from '../../../lib/segments/count-segments.js';

/** The GSM 03.38 default alphabet written by code point, row by row of the spec's table, without the escape 0x1B. */
const GSM_BASIC =
  '@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5' +
  '\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9' +
  ' !"#\u00a4%&\'()*+,-./0123456789:;<=>?' +
  '\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7' +
  '\u00bfabcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0';
const GSM_EXTENSION = '\f^{}\\[~]|\u20ac';

const SEEN = 'س';
const EMOJI = '😀';

const gsm = (characters: number, segments: number, perSegment: number): SegmentCount => ({
  encoding: 'GSM-7',
  characters,
  segments,
  perSegment,
});
const ucs = (characters: number, segments: number, perSegment: number): SegmentCount => ({
  encoding: 'UCS-2',
  characters,
  segments,
  perSegment,
});

describe('countSegments', () => {
  it.each<[string, string, SegmentCount]>([
    ['the empty message', '', gsm(0, 1, 160)],
    ['160 GSM characters', 'a'.repeat(160), gsm(160, 1, 160)],
    ['161 GSM characters', 'a'.repeat(161), gsm(161, 2, 153)],
    ['306 GSM characters', 'a'.repeat(306), gsm(306, 2, 153)],
    ['307 GSM characters', 'a'.repeat(307), gsm(307, 3, 153)],
    ['80 euro signs (160 septets)', '€'.repeat(80), gsm(160, 1, 160)],
    ['81 euro signs (162 septets)', '€'.repeat(81), gsm(162, 2, 153)],
    ['158 letters and a euro sign (160 septets)', `${'a'.repeat(158)}€`, gsm(160, 1, 160)],
    ['159 letters and a euro sign (161 septets)', `${'a'.repeat(159)}€`, gsm(161, 2, 153)],
    ['an escape pair straddling parts 1 and 2', `${'a'.repeat(152)}€${'a'.repeat(152)}`, gsm(306, 3, 153)],
    ['an escape pair ending part 1', `${'a'.repeat(151)}€${'a'.repeat(153)}`, gsm(306, 2, 153)],
    ['Persian text', 'سلام', ucs(4, 1, 70)],
    ['70 Persian letters', SEEN.repeat(70), ucs(70, 1, 70)],
    ['71 Persian letters', SEEN.repeat(71), ucs(71, 2, 67)],
    ['134 Persian letters', SEEN.repeat(134), ucs(134, 2, 67)],
    ['135 Persian letters', SEEN.repeat(135), ucs(135, 3, 67)],
    ['an emoji', EMOJI, ucs(2, 1, 70)],
    ['35 emoji', EMOJI.repeat(35), ucs(70, 1, 70)],
    [
      'a surrogate pair straddling parts 1 and 2',
      `${SEEN.repeat(66)}${EMOJI}${SEEN.repeat(66)}`,
      ucs(134, 3, 67),
    ],
    ['a surrogate pair ending part 1', `${SEEN.repeat(65)}${EMOJI}${SEEN.repeat(67)}`, ucs(134, 2, 67)],
    ['Latin text with one Persian letter', `Your code is 1234 ${SEEN}`, ucs(19, 1, 70)],
    ['Latin text with a euro sign and one Persian letter', `€5 ${SEEN}`, ucs(4, 1, 70)],
    ['uppercase C-cedilla', 'Ç', gsm(1, 1, 160)],
    ['lowercase c-cedilla', 'ç', ucs(1, 1, 70)],
    ['a backtick', 'a`b', ucs(3, 1, 70)],
    ['a lone surrogate', '\ud83d', ucs(1, 1, 70)],
  ])('counts %s', (_name, message, expected) => {
    expect(countSegments(message)).toEqual(expected);
  });

  it('takes every character of the default alphabet as one septet', () => {
    expect(new Set(GSM_BASIC).size).toBe(127);
    for (const char of GSM_BASIC) expect(countSegments(char)).toEqual(gsm(1, 1, 160));
    expect(countSegments(GSM_BASIC)).toEqual(gsm(127, 1, 160));
  });

  it('takes every character of the extension table as two septets', () => {
    for (const char of GSM_EXTENSION) expect(countSegments(char)).toEqual(gsm(2, 1, 160));
  });

  it('counts a long message quickly', () => {
    const started = performance.now();
    expect(countSegments('a€'.repeat(500_000))).toEqual(gsm(1_500_000, 9804, 153));
    expect(countSegments(SEEN.repeat(1_000_000))).toEqual(ucs(1_000_000, 14926, 67));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stays between the bounds of a greedy split, and is GSM-7 exactly when every character is', () => {
    const unit = fc.oneof(
      fc.constantFrom(...GSM_BASIC),
      fc.constantFrom(...GSM_EXTENSION),
      fc.constantFrom(SEEN, 'ç', '`', EMOJI, '\ud83d', '\ude00'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const messages = fc.oneof(
      fc.string({ unit, maxLength: 400 }),
      fc.string({ unit: fc.constantFrom(...GSM_BASIC, ...GSM_EXTENSION), maxLength: 400 }),
    );
    fc.assert(
      fc.property(messages, (message) => {
        const count = countSegments(message);
        const allGsm = [...message].every((char) => GSM_BASIC.includes(char) || GSM_EXTENSION.includes(char));
        expect(count.encoding).toBe(allGsm ? 'GSM-7' : 'UCS-2');
        const septets = [...message].reduce((sum, char) => sum + (GSM_EXTENSION.includes(char) ? 2 : 1), 0);
        expect(count.characters).toBe(allGsm ? septets : message.length);
        const single = allGsm ? 160 : 70;
        if (count.characters <= single) {
          expect(count).toMatchObject({ segments: 1, perSegment: single });
        } else {
          expect(count.perSegment).toBe(allGsm ? 153 : 67);
          expect(count.segments).toBeGreaterThanOrEqual(Math.ceil(count.characters / count.perSegment));
          expect(count.segments).toBeLessThanOrEqual(Math.ceil(count.characters / (count.perSegment - 1)));
        }
      }),
      { numRuns: 500 },
    );
  });
});
