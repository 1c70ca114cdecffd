import { SmsValidationException } from '../exceptions/index.js';
import { normalizeReceptor, sortReceptors } from '../normalization/receptor.js';
import {
  describeInput,
  invalidReceptorsException,
  noReceptorsException,
} from '../validation/send-array-input.validator.js';

/** Where a campaign reads its receptors from. */
export type ReceptorSource = Iterable<unknown> | AsyncIterable<unknown>;

/**
 * The receptors a campaign sends to. An array is checked ahead: unless `skipInvalid`, an invalid receptor rejects
 * the campaign before anything is sent. Any other `Iterable` or `AsyncIterable` is passed on to be read lazily.
 * Inputs left out as invalid are added to `invalid`, as given.
 */
export function campaignReceptors(
  receptors: unknown,
  skipInvalid: boolean,
  invalid: string[],
): ReceptorSource {
  if (Array.isArray(receptors)) {
    const sorted = sortReceptors(receptors);
    if (sorted.invalid.length > 0 && !skipInvalid)
      throw invalidReceptorsException(sorted.invalid, receptors.length);
    if (receptors.length === 0) throw noReceptorsException();
    invalid.push(...sorted.invalid.map(describeInput));
    return sorted.receptors;
  }
  if (isReceptorSource(receptors)) return receptors;
  throw new SmsValidationException(
    'receptors must be an array, an Iterable or an AsyncIterable of mobile numbers',
  );
}

/**
 * Reads `source` lazily into batches of at most `chunkSize` distinct normalised receptors, deduplicated across
 * the whole campaign. Inputs that are no mobile number are added to `invalid`, as given.
 */
export async function* receptorBatches(
  source: ReceptorSource,
  chunkSize: number,
  invalid: string[],
): AsyncGenerator<string[]> {
  const seen = new Set<string>();
  let batch: string[] = [];
  for await (const value of source) {
    const receptor = normalizeReceptor(value);
    if (receptor === undefined) invalid.push(describeInput(value));
    else if (!seen.has(receptor)) {
      seen.add(receptor);
      batch.push(receptor);
      if (batch.length === chunkSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

function isReceptorSource(value: unknown): value is ReceptorSource {
  if (typeof value !== 'object' || value === null) return false;
  return Symbol.iterator in value || Symbol.asyncIterator in value;
}
