import type { BulkSendBatch } from '../interfaces/index.js';

/** What joins a kept batch's receptors: no normalised receptor holds it. */
const SEPARATOR = ',';

/**
 * A settled batch as a campaign's result keeps it: the same fields, its receptors joined into one string until they
 * are first read, then split into their array for good. A hundred receptors take about 1.2 KB so, against 4 KB as
 * a hundred strings and their array: the record of a million receptors drops from about 40 MB to 14.
 */
export function retainedBatch({ index, receptors, status, result, error }: BulkSendBatch): BulkSendBatch {
  const joined = receptors.join(SEPARATOR);
  const batch = { index } as BulkSendBatch;
  Object.defineProperty(batch, 'receptors', {
    enumerable: true,
    configurable: true,
    get(): string[] {
      const list = joined.split(SEPARATOR);
      Object.defineProperty(batch, 'receptors', {
        value: list,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return list;
    },
  });
  batch.status = status;
  if (result !== undefined) batch.result = result;
  if (error !== undefined) batch.error = error;
  return batch;
}
