import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseJsonLosslessly } from '../../../lib/provider/lossless-json.js';

describe('parseJsonLosslessly', () => {
  it('keeps a number a double cannot hold as the string of its digits', () => {
    expect(
      parseJsonLosslessly('{"id":9223372036854775807,"n":[18446744073709551615,-9007199254740993]}'),
    ).toEqual({
      id: '9223372036854775807',
      n: ['18446744073709551615', '-9007199254740993'],
    });
  });

  it('leaves strings alone, escaped quotes and digits inside them included', () => {
    expect(parseJsonLosslessly('{"a":"x\\"9223372036854775807\\"","b":"\\\\","c":1}')).toEqual({
      a: 'x"9223372036854775807"',
      b: '\\',
      c: 1,
    });
  });

  it('reads any JSON whose numbers are exact as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.json({ noUnicodeString: false }), (text) => {
        const parsed = JSON.parse(text) as unknown;
        const exact = JSON.stringify(parsed) === text;
        if (exact) expect(parseJsonLosslessly(text)).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });
});
