import { SmsValidationException } from '../exceptions/index.js';
import type { BulkSendBatch, BulkSendOptions, BulkSendRate } from '../interfaces/index.js';
import { MAX_RECEPTORS_PER_REQUEST } from '../provider/sms-provider.protocol.js';

/** Requests at once in a campaign, by default. */
const DEFAULT_CONCURRENCY = 4;

/** The most requests at once a campaign may ask for. */
export const MAX_CONCURRENCY = 256;

/** How a campaign is cut, run and reported, its options checked and their defaults applied. */
export interface CampaignShape {
  chunkSize: number;
  concurrency: number;
  rate?: BulkSendRate;
  skipInvalid: boolean;
  dedupe: boolean;
  retainBatches: boolean;
  onBatch?: (batch: BulkSendBatch) => void | Promise<void>;
}

/** Checks a campaign's options and applies their defaults; throws `SmsValidationException` naming a bad one. */
export function validateBulkSendOptions(options: BulkSendOptions): CampaignShape {
  const { chunkSize = MAX_RECEPTORS_PER_REQUEST, concurrency = DEFAULT_CONCURRENCY, rate, onBatch } = options;
  if (!isWholeNumber(chunkSize, 1, MAX_RECEPTORS_PER_REQUEST))
    throw new SmsValidationException(
      `chunkSize must be a whole number from 1 to ${MAX_RECEPTORS_PER_REQUEST}`,
    );
  if (!isWholeNumber(concurrency, 1, MAX_CONCURRENCY))
    throw new SmsValidationException(`concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}`);
  if (rate !== undefined && (typeof rate !== 'object' || rate === null))
    throw new SmsValidationException('rate must be an object: { requests, perMs }');
  if (rate !== undefined && !isWholeNumber(rate.requests, 1))
    throw new SmsValidationException('rate.requests must be a whole number, at least 1');
  if (rate !== undefined && !isWholeNumber(rate.perMs, 1))
    throw new SmsValidationException('rate.perMs must be a whole number of milliseconds, at least 1');
  if (onBatch !== undefined && typeof onBatch !== 'function')
    throw new SmsValidationException('onBatch must be a function');
  return {
    chunkSize,
    concurrency,
    ...(rate === undefined ? {} : { rate: { requests: rate.requests, perMs: rate.perMs } }),
    skipInvalid: flag(options, 'skipInvalid', false),
    dedupe: flag(options, 'dedupe', true),
    retainBatches: flag(options, 'retainBatches', true),
    onBatch,
  };
}

function isWholeNumber(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** A boolean option, or its default when absent. */
function flag(
  options: BulkSendOptions,
  name: 'skipInvalid' | 'dedupe' | 'retainBatches',
  byDefault: boolean,
) {
  const value = options[name];
  if (value === undefined) return byDefault;
  if (typeof value !== 'boolean') throw new SmsValidationException(`${name} must be true or false`);
  return value;
}
