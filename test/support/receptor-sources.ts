/** `count` distinct mobile numbers, `09120000000` up (from `from`). */
export const numbers = (count: number, from = 0): string[] =>
  Array.from({ length: count }, (_, i) => `0912${String(from + i).padStart(7, '0')}`);

/** A campaign's input: sender `3000`, message `Hi`, and `receptors`. */
export const campaign = (receptors: Iterable<string> | AsyncIterable<string>) => ({
  sender: '3000',
  message: 'Hi',
  receptors,
});

/** The values of `values`, each after a turn of the event loop, as a database cursor gives them. */
export async function* slowly<T>(values: Iterable<T>): AsyncGenerator<T> {
  for (const value of values) {
    await new Promise((resolve) => setImmediate(resolve));
    yield value;
  }
}

/**
 * A source that never ends, as a cursor over a huge table: an async generator that counts what it has given,
 * notes when `return()` is called, and when its `finally` has run (which, for a generator, waits until a `next()`
 * pending at that moment settles).
 */
export class EndlessSource implements AsyncIterable<string> {
  /** Numbers handed out so far. */
  given = 0;
  /** Whether `return()` was called. */
  returnCalled = false;
  /** Whether the generator's `finally` has run. */
  closed = false;

  [Symbol.asyncIterator](): AsyncIterator<string> {
    const generator = this.#generate();
    return {
      next: () => generator.next(),
      return: () => {
        this.returnCalled = true;
        return generator.return(undefined);
      },
    };
  }

  async *#generate(): AsyncGenerator<string, undefined> {
    try {
      for (;;) {
        await Promise.resolve();
        yield numbers(1, this.given++)[0];
      }
    } finally {
      this.closed = true;
    }
  }
}

/**
 * A cursor over `values` that counts its `next()` calls, and the most pending at once. At the end it is done, or,
 * with `stall`, it hangs as a cursor whose connection hung: its next `next()` never settles, nor does its
 * `return()`.
 */
export class CountingSource implements AsyncIterable<string> {
  /** `next()` calls so far. */
  nextCalls = 0;
  /** The most `next()` calls pending at once. */
  maxPending = 0;
  /** Whether `return()` was called. */
  returnCalled = false;
  readonly #values: readonly string[];
  readonly #stall: boolean;
  #pending = 0;

  constructor(values: readonly string[], { stall = false } = {}) {
    this.#values = values;
    this.#stall = stall;
  }

  [Symbol.asyncIterator](): AsyncIterator<string> {
    let index = 0;
    return {
      next: async () => {
        this.nextCalls += 1;
        this.maxPending = Math.max(this.maxPending, ++this.#pending);
        if (index >= this.#values.length && this.#stall) return new Promise<never>(() => undefined);
        await Promise.resolve();
        this.#pending -= 1;
        return index < this.#values.length
          ? { done: false, value: this.#values[index++] }
          : { done: true, value: undefined };
      },
      return: () => {
        this.returnCalled = true;
        return this.#stall
          ? new Promise<never>(() => undefined)
          : Promise.resolve({ done: true, value: undefined });
      },
    };
  }
}
