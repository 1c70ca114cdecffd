import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { anything, EASTERN_DIGITS, oddInputs } from '../../support/arbitraries.js';
import { normalizeReceptor } from '../../../lib/receptors/normalize-receptor.js';
import { partitionReceptors } from '../../../lib/receptors/partition-receptors.js';

const RECEPTOR = /^09\d{9}$/;
const RUNS = { numRuns: 300 };

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;
const SEPARATORS = [
  ' ',
  '\t',
  '\u00a0',
  '-',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '(',
  ')',
];

/** Strings made of what phone numbers are written with, so that some of them are numbers and most nearly are. */
const phoneLike = fc.string({
  unit: fc.constantFrom(...'0123456789+', ...EASTERN_DIGITS, ...SEPARATORS),
  maxLength: 20,
});

const inputs: [string, fc.Arbitrary<unknown>][] = [...oddInputs, ['phone-like strings', phoneLike]];

/** A valid national number: `9` and nine digits. */
const national = fc.stringMatching(/^9\d{9}$/);

/** The documented ways of writing a national number `n`. */
const FORMS: ((national: string) => string)[] = [
  (n) => `0${n}`,
  (n) => n,
  (n) => `98${n}`,
  (n) => `+98${n}`,
  (n) => `0098${n}`,
  (n) => `+98 (0) ${n}`,
];

/** The longest form, `+98 (0) 9xxxxxxxxx`, has 18 characters. */
const MAX_WRITTEN = 18;

/** Writes `national` in one of the forms, some digits Persian or Arabic-Indic, separators between characters. */
const written = fc
  .record({
    national,
    form: fc.constantFrom(...FORMS),
    scripts: fc.array(fc.constantFrom('ascii', 'persian', 'arabic'), {
      minLength: MAX_WRITTEN,
      maxLength: MAX_WRITTEN,
    }),
    gaps: fc.array(fc.array(fc.constantFrom(...SEPARATORS), { maxLength: 2 }), {
      minLength: MAX_WRITTEN,
      maxLength: MAX_WRITTEN,
    }),
  })
  .map(({ national, form, scripts, gaps }) => {
    const chars = [...form(national)].map((char, index) => {
      if (!/\d/.test(char) || scripts[index] === 'ascii') return char;
      const zero = scripts[index] === 'persian' ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
      return String.fromCharCode(zero + Number(char));
    });
    return {
      national,
      text: chars.map((char, index) => (index === 0 ? '' : gaps[index].join('')) + char).join(''),
    };
  });

describe('normalizeReceptor', () => {
  it.each(inputs)('never throws on %s, and returns undefined or 09xxxxxxxxx', (_name, input) => {
    fc.assert(
      fc.property(input, (value) => {
        const receptor = normalizeReceptor(value);
        if (receptor !== undefined) expect(receptor).toMatch(RECEPTOR);
      }),
      RUNS,
    );
  });

  it('reads every documented form, in any digits, with any separators, as 0 and the national number', () => {
    fc.assert(
      fc.property(written, ({ national, text }) => {
        expect(normalizeReceptor(text)).toBe(`0${national}`);
      }),
      RUNS,
    );
  });

  it.each<[string, fc.Arbitrary<unknown>]>([...inputs, ['written numbers', written.map(({ text }) => text)]])(
    'is idempotent on %s',
    (_name, input) => {
      fc.assert(
        fc.property(input, (value) => {
          const receptor = normalizeReceptor(value);
          if (receptor !== undefined) expect(normalizeReceptor(receptor)).toBe(receptor);
        }),
        RUNS,
      );
    },
  );
});

describe('partitionReceptors', () => {
  const values = fc.array(
    fc.oneof(
      written.map(({ text }) => text),
      fc.constantFrom('09121234567', '+989121234567', 9121234567),
      phoneLike,
      anything,
    ),
    { maxLength: 30 },
  );

  it('keeps each distinct number once, in first-seen order, and every other input as invalid', () => {
    fc.assert(
      fc.property(values, (list) => {
        const { receptors, invalid } = partitionReceptors(list);
        const normalized = list.map((value) => normalizeReceptor(value));
        expect(receptors).toEqual([...new Set(normalized.filter((receptor) => receptor !== undefined))]);
        const rejected = list.filter((_value, index) => normalized[index] === undefined);
        expect(invalid).toHaveLength(rejected.length);
        invalid.forEach((value, index) => expect(Object.is(value, rejected[index])).toBe(true));
        expect(new Set(receptors).size).toBe(receptors.length);
      }),
      RUNS,
    );
  });
});
