import { SmsInvalidReceptorException, SmsValidationException } from '../exceptions/index.js';
import { invalidReceptorsException, noReceptorsException } from '../receptors/receptor-exceptions.js';
import { BatchListSource } from './batch-list-source.js';
import type { CampaignShape } from './bulk-send-options.validator.js';
import { IteratorSource } from './iterator-source.js';
import { ReceptorBatcher } from './receptor-batcher.js';
import type { ReceptorSource } from './receptor-source.js';

/**
 * The source of a campaign's batches. An array is checked ahead: unless `skipInvalid`, an invalid receptor rejects
 * the campaign before anything is sent. Any other `Iterable` or `AsyncIterable` is read lazily, a batch at a time,
 * and its invalid receptors are always left out: it cannot be checked ahead without holding it all.
 */
export function receptorSource(
  receptors: unknown,
  {
    chunkSize,
    dedupe,
    skipInvalid,
    retainBatches,
  }: Pick<CampaignShape, 'chunkSize' | 'dedupe' | 'skipInvalid' | 'retainBatches'>,
): ReceptorSource {
  if (Array.isArray(receptors)) {
    const batcher = new ReceptorBatcher({ chunkSize, dedupe, listInvalid: true });
    const batches: (string[] | undefined)[] = [];
    try {
      for (const value of receptors as unknown[]) {
        const batch = batcher.add(value);
        if (batch !== undefined) batches.push(batch);
      }
    } catch {
      // A list whose reading throws (a hostile Proxy, a getter) is a bad list of receptors, like any other.
      throw new SmsInvalidReceptorException(
        `receptors could not be read: reading input ${batcher.consumed + 1} failed`,
      );
    }
    const last = batcher.flush();
    if (last !== undefined) batches.push(last);
    if (batcher.invalidCount > 0 && !skipInvalid)
      throw invalidReceptorsException(batcher.invalid, receptors.length);
    if (receptors.length === 0) throw noReceptorsException();
    return new BatchListSource(batches, batcher);
  }
  const batcher = new ReceptorBatcher({ chunkSize, dedupe, listInvalid: retainBatches });
  if (isObject(receptors) && Symbol.iterator in receptors)
    return new IteratorSource(() => (receptors as Iterable<unknown>)[Symbol.iterator](), batcher);
  if (isObject(receptors) && Symbol.asyncIterator in receptors)
    return new IteratorSource(() => (receptors as AsyncIterable<unknown>)[Symbol.asyncIterator](), batcher);
  throw new SmsValidationException(
    'receptors must be an array, an Iterable or an AsyncIterable of mobile numbers',
  );
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
