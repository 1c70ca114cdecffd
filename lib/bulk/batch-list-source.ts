import type { InputsRead } from './receptor-batcher.js';
import type { ReceptorSource } from './receptor-source.js';

/**
 * An array's batches, cut ahead when it was checked; each is let go once handed out. The array was read whole,
 * so once stopped, the batches not handed out are all left to skip.
 */
export class BatchListSource implements ReceptorSource {
  readonly inputs: InputsRead;
  readonly #batches: (string[] | undefined)[];
  #next = 0;
  #stopped = false;

  constructor(batches: (string[] | undefined)[], inputs: InputsRead) {
    this.#batches = batches;
    this.inputs = inputs;
  }

  read(): Promise<string[] | undefined> {
    return Promise.resolve(this.#stopped ? undefined : this.#take());
  }

  stop(): Iterable<string[]> {
    this.#stopped = true;
    return this.#rest();
  }

  *#rest(): Generator<string[]> {
    for (let batch = this.#take(); batch !== undefined; batch = this.#take()) yield batch;
  }

  #take(): string[] | undefined {
    const batch = this.#batches[this.#next];
    if (batch !== undefined) this.#batches[this.#next++] = undefined;
    return batch;
  }
}
