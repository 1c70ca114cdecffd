import { receptorSource } from '../bulk/receptor-source.factory.js';

/** A campaign's receptors as `start` reads them: normalised, deduplicated, a batch at a time. */
export interface CampaignSource {
  /** The next batch; `undefined` at the end. Rejects with the source's own error, after its last batch read. */
  read(): Promise<string[] | undefined>;
  /** Inputs left out as invalid so far. */
  readonly invalidCount: number;
  /** Stops reading, and closes the source (a database cursor, say), without waiting for it to close. */
  close(): void;
}

/**
 * The package's own batching of a campaign's receptors, as `sendBulk` reads them, and the one place the queue calls
 * it: an array is checked ahead (and rejected, unless `skipInvalid`, for an invalid receptor) before anything is
 * queued; any other `Iterable` or `AsyncIterable` is read lazily, its invalid receptors counted and left out.
 */
export function campaignSource(
  receptors: unknown,
  chunkSize: number,
  skipInvalid: boolean,
  onCloseError: (error: unknown) => void,
): CampaignSource {
  const source = receptorSource(receptors, { chunkSize, skipInvalid, dedupe: true, retainBatches: false });
  return {
    read: () => source.read(),
    get invalidCount() {
      return source.inputs.invalidCount;
    },
    close() {
      source.stop(onCloseError);
    },
  };
}
