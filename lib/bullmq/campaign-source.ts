import { receptorBatches } from '../bulk/receptor-batches.js';

/** A campaign's receptors as `start` reads them: normalised, deduplicated, a batch at a time. */
export interface CampaignSource {
  /** The next batch; `undefined` at the end. Rejects with the source's own error, after its last batch read. */
  read(): Promise<string[] | undefined>;
  /** Inputs left out as invalid so far. */
  readonly invalidCount: number;
  /** Stops reading, and closes the source (a database cursor, say). */
  close(): Promise<void>;
}

/**
 * The package's own batching of a campaign's receptors, as `sendBulk` reads them, and the one place the queue calls
 * it: an array is checked ahead (and rejected, unless `skipInvalid`, for an invalid receptor) before anything is
 * queued; any other `Iterable` or `AsyncIterable` is read lazily, its invalid receptors left out.
 */
export function campaignSource(receptors: unknown, chunkSize: number, skipInvalid: boolean): CampaignSource {
  const { batches, invalid } = receptorBatches(receptors, chunkSize, skipInvalid);
  return {
    async read() {
      const next = await batches.next();
      return next.done === true ? undefined : next.value;
    },
    get invalidCount() {
      return invalid.length;
    },
    async close() {
      await batches.return?.();
    },
  };
}
