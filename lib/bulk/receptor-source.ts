import type { InputsRead } from './receptor-batcher.js';

/**
 * A campaign's receptors, read a batch at a time by one reader: normalised, deduplicated unless `dedupe: false`,
 * without the invalid inputs, which it counts (and lists, for an array or when the batches are retained).
 */
export interface ReceptorSource {
  /** What has been read so far. */
  readonly inputs: InputsRead;
  /**
   * The next batch; `undefined` at the end, or once stopped, when a read in progress ends at once. Rejects with
   * the source's own error, once the batch read before it has been handed out.
   */
  read(): Promise<string[] | undefined>;
  /**
   * Stops reading for good and closes the source (its iterator's `return()`, not awaited). Returns the batches
   * already read and not handed out, which the campaign never sends.
   */
  stop(onCloseError: (error: unknown) => void): Iterable<string[]>;
}
