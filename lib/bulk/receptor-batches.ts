import { SmsValidationException } from '../exceptions/index.js';
import { normalizeReceptor } from '../receptors/normalize-receptor.js';
import { partitionReceptors } from '../receptors/partition-receptors.js';
import {
  describeInput,
  invalidReceptorsException,
  noReceptorsException,
} from '../receptors/receptor-exceptions.js';
import { ReceptorSet } from '../receptors/receptor-set.js';

/** A campaign's batches of receptors, read one at a time when a request is free to send them. */
export type ReceptorBatches = Iterator<string[]> | AsyncIterator<string[]>;

/** A campaign's receptors: its batches, and the inputs left out as invalid, as given. */
export interface CampaignReceptors {
  batches: ReceptorBatches;
  /** Filled as the batches are read, for a source read lazily. */
  invalid: string[];
}

/**
 * The batches of at most `chunkSize` distinct normalised receptors a campaign sends, deduplicated across it, and
 * the inputs left out as invalid.
 *
 * An array is checked ahead: unless `skipInvalid`, an invalid receptor rejects the campaign before anything is
 * sent. Any other `Iterable` or `AsyncIterable` is read lazily, a batch at a time, and its invalid receptors are
 * always left out: it cannot be checked ahead without holding it all.
 */
export function receptorBatches(
  receptors: unknown,
  chunkSize: number,
  skipInvalid: boolean,
): CampaignReceptors {
  if (Array.isArray(receptors)) {
    const parted = partitionReceptors(receptors);
    if (parted.invalid.length > 0 && !skipInvalid)
      throw invalidReceptorsException(parted.invalid, parted.count);
    if (parted.count === 0) throw noReceptorsException();
    return { batches: chunks(parted.receptors, chunkSize), invalid: parted.invalid.map(describeInput) };
  }
  if (isObject(receptors) && Symbol.iterator in receptors) {
    const batcher = new ReceptorBatcher(chunkSize);
    return { batches: readSync(receptors as Iterable<unknown>, batcher), invalid: batcher.invalid };
  }
  if (isObject(receptors) && Symbol.asyncIterator in receptors) {
    const batcher = new ReceptorBatcher(chunkSize);
    return { batches: readAsync(receptors as AsyncIterable<unknown>, batcher), invalid: batcher.invalid };
  }
  throw new SmsValidationException(
    'receptors must be an array, an Iterable or an AsyncIterable of mobile numbers',
  );
}

/** Gathers receptors read one by one into batches, normalising them and dropping repeats and invalid ones. */
class ReceptorBatcher {
  /** The inputs left out as invalid so far, as given. */
  readonly invalid: string[] = [];
  readonly #chunkSize: number;
  readonly #seen = new ReceptorSet();
  #batch: string[] = [];
  #filled = 0;

  constructor(chunkSize: number) {
    this.#chunkSize = chunkSize;
  }

  /** Takes one input; returns a batch when it is full. */
  add(value: unknown): string[] | undefined {
    const receptor = normalizeReceptor(value);
    if (receptor === undefined) {
      this.invalid.push(describeInput(value));
      return undefined;
    }
    if (!this.#seen.add(receptor)) return undefined;
    if (this.#filled === 0) this.#batch = new Array<string>(this.#chunkSize);
    this.#batch[this.#filled++] = receptor;
    return this.#filled === this.#chunkSize ? this.flush() : undefined;
  }

  /** The batch gathered so far, if any, and a new one begun. Batches are sized ahead: the record keeps them all. */
  flush(): string[] | undefined {
    if (this.#filled === 0) return undefined;
    const batch = this.#filled === this.#chunkSize ? this.#batch : this.#batch.slice(0, this.#filled);
    this.#filled = 0;
    return batch;
  }
}

function* chunks(receptors: string[], chunkSize: number): Generator<string[]> {
  for (let start = 0; start < receptors.length; start += chunkSize)
    yield receptors.slice(start, start + chunkSize);
}

/*
 * The last, partial batch is yielded in `finally`, so that when the source fails, the receptors read before the
 * failure are still sent (and accounted for) before its error reaches the campaign.
 */

function* readSync(source: Iterable<unknown>, batcher: ReceptorBatcher): Generator<string[]> {
  try {
    for (const value of source) {
      const batch = batcher.add(value);
      if (batch !== undefined) yield batch;
    }
  } finally {
    const last = batcher.flush();
    if (last !== undefined) yield last;
  }
}

async function* readAsync(
  source: AsyncIterable<unknown>,
  batcher: ReceptorBatcher,
): AsyncGenerator<string[]> {
  try {
    for await (const value of source) {
      const batch = batcher.add(value);
      if (batch !== undefined) yield batch;
    }
  } finally {
    const last = batcher.flush();
    if (last !== undefined) yield last;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
