import type { InputsRead, ReceptorBatcher } from './receptor-batcher.js';
import type { ReceptorSource } from './receptor-source.js';

type AnyIterator = Iterator<unknown> | AsyncIterator<unknown>;

/**
 * An `Iterable` or `AsyncIterable` read lazily, one batch at a time, one `next()` at a time. A synchronous source
 * is read without an `await` per input.
 *
 * When the source throws, the partial batch read before is handed out first and the next read rejects with the
 * source's error. Once stopped, a read in progress ends at once, even when the source's pending `next()` never
 * settles; the input it brings later is dropped, not counted, so that `consumed` never counts an input the campaign
 * did not account for.
 */
export class IteratorSource implements ReceptorSource {
  readonly inputs: InputsRead;
  readonly #open: () => AnyIterator;
  readonly #batcher: ReceptorBatcher;
  #iterator?: AnyIterator;
  #pending?: { resolve: (batch: string[] | undefined) => void; reject: (error: unknown) => void };
  #failure?: { error: unknown };
  #done = false;
  #stopped = false;

  constructor(open: () => AnyIterator, batcher: ReceptorBatcher) {
    this.#open = open;
    this.#batcher = batcher;
    this.inputs = batcher;
  }

  read(): Promise<string[] | undefined> {
    // The source's own error, whatever it is, passed on as it is.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    if (this.#failure !== undefined) return Promise.reject(this.#failure.error);
    if (this.#done || this.#stopped) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      void this.#fill();
    });
  }

  stop(onCloseError: (error: unknown) => void): Iterable<string[]> {
    if (this.#stopped) return [];
    this.#stopped = true;
    if (this.#iterator !== undefined && !this.#done) close(this.#iterator, onCloseError);
    this.#hand(undefined);
    const partial = this.#batcher.flush();
    return partial === undefined ? [] : [partial];
  }

  /** Reads inputs until a batch is full, the source ends or fails, or the campaign stops. */
  async #fill(): Promise<void> {
    try {
      this.#iterator ??= this.#open();
      for (;;) {
        const next = this.#iterator.next();
        const step = isThenable(next) ? await next : next;
        if (this.#stopped) return;
        if (step.done === true) {
          this.#done = true;
          return this.#hand(this.#batcher.flush());
        }
        const batch = this.#batcher.add(step.value);
        if (batch !== undefined) return this.#hand(batch);
      }
    } catch (error) {
      if (this.#stopped) return;
      this.#done = true;
      this.#failure = { error };
      const partial = this.#batcher.flush();
      if (partial !== undefined) this.#hand(partial);
      else this.#pending?.reject(error);
    }
  }

  #hand(batch: string[] | undefined): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.resolve(batch);
  }
}

/** Calls the iterator's `return()`, so that a cursor closes; never waits for it, since a stalled one never ends. */
function close(iterator: AnyIterator, onError: (error: unknown) => void): void {
  try {
    const closing = iterator.return?.();
    if (isThenable(closing)) closing.then(undefined, onError);
  } catch (error) {
    onError(error);
  }
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | undefined)?.then === 'function';
}
