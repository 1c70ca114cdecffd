import { describe, expect, it } from '@jest/globals';
import { IteratorSource } from '../../../lib/bulk/iterator-source.js';
import { ReceptorBatcher } from '../../../lib/bulk/receptor-batcher.js';
import { CountingSource, numbers } from '../../support/receptor-sources.js';

const batcher = () => new ReceptorBatcher({ chunkSize: 2, dedupe: true, listInvalid: true });
const ignore = () => undefined;

describe('IteratorSource', () => {
  it('reads a synchronous Iterable a batch at a time, and ends', async () => {
    const source = new IteratorSource(() => numbers(3)[Symbol.iterator](), batcher());
    await expect(source.read()).resolves.toEqual(numbers(2));
    expect(source.inputs.consumed).toBe(2);
    await expect(source.read()).resolves.toEqual(numbers(1, 2));
    await expect(source.read()).resolves.toBeUndefined();
  });

  it('hands out the batch read before the source failed, then rejects with its error', async () => {
    async function* failing() {
      yield* numbers(3);
      await Promise.resolve();
      throw new Error('cursor lost');
    }
    const source = new IteratorSource(() => failing(), batcher());
    await expect(source.read()).resolves.toEqual(numbers(2));
    await expect(source.read()).resolves.toEqual(numbers(1, 2));
    await expect(source.read()).rejects.toThrow('cursor lost');
  });

  it('when stopped during a read that never ends: the read ends, return() is called, the partial batch is left', async () => {
    const cursor = new CountingSource(numbers(3), { stall: true });
    const source = new IteratorSource(() => cursor[Symbol.asyncIterator](), batcher());
    await source.read();
    const stalled = source.read();
    await new Promise((resolve) => setImmediate(resolve));
    expect([...source.stop(ignore)]).toEqual([numbers(1, 2)]);
    await expect(stalled).resolves.toBeUndefined();
    expect(cursor.returnCalled).toBe(true);
    expect(source.inputs.consumed).toBe(3);
    await expect(source.read()).resolves.toBeUndefined();
  });

  it('neither counts nor keeps an input that arrives after the stop', async () => {
    let release: (value: IteratorResult<string>) => void = () => undefined;
    const late: AsyncIterator<string> = {
      next: () => new Promise((resolve) => (release = resolve)),
    };
    const source = new IteratorSource(() => late, batcher());
    const reading = source.read();
    expect([...source.stop(ignore)]).toEqual([]);
    release({ done: false, value: numbers(1)[0] });
    await expect(reading).resolves.toBeUndefined();
    expect(source.inputs.consumed).toBe(0);
  });

  it('does not call return() on a source that ended or failed, and reports a failing return()', async () => {
    const ended = new CountingSource(numbers(1));
    const source = new IteratorSource(() => ended[Symbol.asyncIterator](), batcher());
    await source.read();
    source.stop(ignore);
    expect(ended.returnCalled).toBe(false);

    const failures: unknown[] = [];
    let given = 0;
    const closing = new IteratorSource(
      () => ({
        next: () => ({ done: false, value: numbers(1, given++)[0] }),
        return: () => {
          throw new Error('cannot close');
        },
      }),
      batcher(),
    );
    await closing.read();
    closing.stop((error) => failures.push(error));
    expect(failures).toEqual([new Error('cannot close')]);
  });
});
