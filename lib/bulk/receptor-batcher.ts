import { normalizeReceptor } from '../receptors/normalize-receptor.js';
import { describeInput } from '../receptors/receptor-exceptions.js';
import { ReceptorSet } from '../receptors/receptor-set.js';

/** How a `ReceptorBatcher` cuts and filters. */
export interface BatcherSettings {
  chunkSize: number;
  /** Drop numbers seen before, keeping a `ReceptorSet`; otherwise keep no set. */
  dedupe: boolean;
  /** List the invalid inputs, as given; otherwise only count them. */
  listInvalid: boolean;
}

/** What a campaign has read of its source. */
export interface InputsRead {
  /** Inputs read, invalid and repeated ones included. */
  readonly consumed: number;
  /** Inputs left out as invalid. */
  readonly invalidCount: number;
  /** Those inputs, as given, when they are listed; otherwise empty. */
  readonly invalid: string[];
}

/**
 * Gathers inputs read one by one into batches of `chunkSize` normalised receptors, leaving out invalid ones and,
 * with `dedupe`, numbers seen before. It holds the batch being gathered, the set of numbers seen (if any) and the
 * list of invalid inputs (if asked for), nothing else.
 */
export class ReceptorBatcher implements InputsRead {
  /** Inputs taken so far, invalid and repeated ones included. */
  consumed = 0;
  /** Inputs left out as invalid so far. */
  invalidCount = 0;
  /** Those inputs, as given, when listed. */
  readonly invalid: string[] = [];
  readonly #chunkSize: number;
  readonly #seen?: ReceptorSet;
  readonly #listInvalid: boolean;
  #batch: string[] = [];
  #filled = 0;

  constructor({ chunkSize, dedupe, listInvalid }: BatcherSettings) {
    this.#chunkSize = chunkSize;
    this.#seen = dedupe ? new ReceptorSet() : undefined;
    this.#listInvalid = listInvalid;
  }

  /** Takes one input; returns a batch when it is full. */
  add(value: unknown): string[] | undefined {
    this.consumed += 1;
    const receptor = normalizeReceptor(value);
    if (receptor === undefined) {
      this.invalidCount += 1;
      if (this.#listInvalid) this.invalid.push(describeInput(value));
      return undefined;
    }
    if (this.#seen !== undefined && !this.#seen.add(receptor)) return undefined;
    if (this.#filled === 0) this.#batch = new Array<string>(this.#chunkSize);
    this.#batch[this.#filled++] = receptor;
    return this.#filled === this.#chunkSize ? this.flush() : undefined;
  }

  /** The batch gathered so far, if any, and a new one begun. Batches are sized ahead, not grown. */
  flush(): string[] | undefined {
    if (this.#filled === 0) return undefined;
    const batch = this.#filled === this.#chunkSize ? this.#batch : this.#batch.slice(0, this.#filled);
    this.#filled = 0;
    this.#batch = [];
    return batch;
  }
}
