import { describe, expect, it } from '@jest/globals';
import { ReceptorBatcher } from '../../../lib/bulk/receptor-batcher.js';

/** Feeds `values` to a batcher; returns the batches, the last partial one included. */
function batch(batcher: ReceptorBatcher, values: unknown[]): string[][] {
  const batches = values.map((value) => batcher.add(value)).filter((full) => full !== undefined);
  const last = batcher.flush();
  return last === undefined ? batches : [...batches, last];
}

const values = ['09121111111', '+98 912 111 1111', 'oops', '09122222222', 9121111111, null, '09123333333'];

describe('ReceptorBatcher', () => {
  it('normalises, drops repeats and invalid inputs, counts and lists them', () => {
    const batcher = new ReceptorBatcher({ chunkSize: 2, dedupe: true, listInvalid: true });
    expect(batch(batcher, values)).toEqual([['09121111111', '09122222222'], ['09123333333']]);
    expect(batcher).toMatchObject({ consumed: 7, invalidCount: 2, invalid: ['oops', 'null'] });
  });

  it('with dedupe off, keeps repeats as they come', () => {
    const batcher = new ReceptorBatcher({ chunkSize: 3, dedupe: false, listInvalid: true });
    expect(batch(batcher, values)).toEqual([
      ['09121111111', '09121111111', '09122222222'],
      ['09121111111', '09123333333'],
    ]);
  });

  it('counts invalid inputs without listing them when asked not to', () => {
    const batcher = new ReceptorBatcher({ chunkSize: 100, dedupe: true, listInvalid: false });
    batch(batcher, values);
    expect(batcher).toMatchObject({ consumed: 7, invalidCount: 2, invalid: [] });
  });

  it('hands out full batches without holes, and begins a new one each time', () => {
    const batcher = new ReceptorBatcher({ chunkSize: 2, dedupe: false, listInvalid: false });
    const [first, second] = batch(batcher, ['09121111111', '09122222222', '09123333333']);
    expect(first).toHaveLength(2);
    expect(second).toEqual(['09123333333']);
    expect(batcher.flush()).toBeUndefined();
  });
});
