import { describe, expect, it } from '@jest/globals';
import { validateBulkSendOptions } from '../../../lib/bulk/bulk-send-options.validator.js';
import { SmsValidationException } from '../../../lib/exceptions/index.js';

describe('validateBulkSendOptions', () => {
  it('applies the defaults', () => {
    expect(validateBulkSendOptions({})).toEqual({
      chunkSize: 100,
      concurrency: 4,
      skipInvalid: false,
      dedupe: true,
      retainBatches: true,
      onBatch: undefined,
    });
  });

  it('keeps good values at the bounds', () => {
    const rate = { requests: 1, perMs: 1 };
    expect(validateBulkSendOptions({ chunkSize: 1, concurrency: 256, rate, dedupe: false })).toMatchObject({
      chunkSize: 1,
      concurrency: 256,
      rate,
      dedupe: false,
    });
    expect(validateBulkSendOptions({ chunkSize: 100, concurrency: 1 })).toMatchObject({
      chunkSize: 100,
      concurrency: 1,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['chunkSize', { chunkSize: 0 }],
    ['chunkSize', { chunkSize: 101 }],
    ['chunkSize', { chunkSize: 2.5 }],
    ['chunkSize', { chunkSize: '10' }],
    ['concurrency', { concurrency: 0 }],
    ['concurrency', { concurrency: 257 }],
    ['concurrency', { concurrency: 1e6 }],
    ['concurrency', { concurrency: 2 ** 32 }],
    ['concurrency', { concurrency: 1.5 }],
    ['concurrency', { concurrency: Number.NaN }],
    ['concurrency', { concurrency: Infinity }],
    ['rate', { rate: 10 }],
    ['rate', { rate: null }],
    ['rate.requests', { rate: { perMs: 1000 } }],
    ['rate.requests', { rate: { requests: 0, perMs: 1000 } }],
    ['rate.requests', { rate: { requests: 1.5, perMs: 1000 } }],
    ['rate.perMs', { rate: { requests: 1, perMs: 0 } }],
    ['rate.perMs', { rate: { requests: 1, perMs: 0.5 } }],
    ['rate.perMs', { rate: { requests: 1, perMs: -1000 } }],
    ['dedupe', { dedupe: 'no' }],
    ['retainBatches', { retainBatches: 0 }],
    ['skipInvalid', { skipInvalid: 'yes' }],
    ['onBatch', { onBatch: 'save' }],
  ])('rejects a bad %s: %j', (name, options) => {
    const attempt = () => validateBulkSendOptions(options);
    expect(attempt).toThrow(SmsValidationException);
    expect(attempt).toThrow(new RegExp(`^${name.replace('.', '\\.')} must`));
  });
});
