import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { normalizeSender } from '../../../lib/normalization/sender.js';
import { EASTERN_DIGITS, oddInputs } from '../../support/arbitraries.js';

const SENDER = /^\+?\d+$/;
const RUNS = { numRuns: 300 };

describe('normalizeSender', () => {
  const senders: [string, fc.Arbitrary<unknown>][] = [
    ...oddInputs,
    ['sender-like strings', fc.string({ unit: fc.constantFrom(...'0123456789+ \t', ...EASTERN_DIGITS) })],
  ];

  it.each(senders)(
    'never throws on %s, and returns undefined or digits after an optional +',
    (_name, input) => {
      fc.assert(
        fc.property(input, (value) => {
          const sender = normalizeSender(value);
          if (sender !== undefined) expect(sender).toMatch(SENDER);
        }),
        RUNS,
      );
    },
  );
});
