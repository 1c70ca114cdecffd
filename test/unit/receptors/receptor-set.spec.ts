import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ReceptorSet } from '../../../lib/receptors/receptor-set.js';

const receptor = fc.integer({ min: 0, max: 999_999_999 }).map((n) => `09${String(n).padStart(9, '0')}`);

describe('ReceptorSet', () => {
  it('adds a receptor once', () => {
    const set = new ReceptorSet();
    expect(set.add('09121234567')).toBe(true);
    expect(set.add('09121234567')).toBe(false);
    expect(set.add('09000000000')).toBe(true);
    expect(set.add('09999999999')).toBe(true);
    expect(set.add('09000000000')).toBe(false);
  });

  it('keeps every receptor through its growth', () => {
    const set = new ReceptorSet();
    const receptors = Array.from({ length: 100_000 }, (_, i) => `09${100_000_000 + i * 7}`);
    expect(receptors.filter((receptor) => !set.add(receptor))).toEqual([]);
    expect(receptors.filter((receptor) => set.add(receptor))).toEqual([]);
  });

  it('keeps a container through its change from a list to a bitmap, at both ends of its range', () => {
    const set = new ReceptorSet();
    const dense = Array.from(
      { length: 5_000 },
      (_, i) => `09${String(2 ** 16 * 3 + i * 13).padStart(9, '0')}`,
    );
    const ends = ['09000196608', '09000262143', '09999999999', '09999948288'];
    const all = [...ends, ...dense];
    all.forEach((receptor, index) => expect(set.add(receptor)).toBe(all.indexOf(receptor) === index));
    for (const receptor of all) expect(set.add(receptor)).toBe(false);
  });

  it('keeps every receptor through lists moved and pages compacted (numbers spread over every container)', () => {
    const set = new ReceptorSet();
    // 7919 is prime to 10⁹: 300,000 distinct numbers, about 20 in each of the 15,259 containers.
    const spread = Array.from(
      { length: 300_000 },
      (_, i) => `09${String((i * 7919) % 1e9).padStart(9, '0')}`,
    );
    expect(spread.filter((receptor) => !set.add(receptor))).toEqual([]);
    expect(spread.filter((receptor) => set.add(receptor))).toEqual([]);
    expect(set.add('09999999999')).toBe(true);
  });

  it('answers as a Set of strings does', () => {
    fc.assert(
      fc.property(fc.array(receptor, { maxLength: 3_000 }), (receptors) => {
        const set = new ReceptorSet();
        const reference = new Set<string>();
        for (const value of receptors) {
          expect(set.add(value)).toBe(!reference.has(value));
          reference.add(value);
        }
      }),
      { numRuns: 200 },
    );
  });
});
