import { describe, expect, it } from '@jest/globals';
import { SmsInsufficientCreditException } from '../../../lib/index.js';
import { bulkSendError } from '../../../lib/bulk/bulk-send-error.js';
import { retainedBatch } from '../../../lib/bulk/retained-batch.js';
import type { BulkSendBatch } from '../../../lib/interfaces/index.js';

const receptors = ['09121234567', '09351112233', '09011112222'];
const accepted: BulkSendBatch = {
  index: 3,
  receptors,
  status: 'accepted',
  result: { messageId: 'm-1', status: 100, statusText: 'تایید شد', time: new Date(1_000) },
};
const failed: BulkSendBatch = {
  index: 4,
  receptors,
  status: 'failed',
  error: bulkSendError(new SmsInsufficientCreditException('credit')),
};

describe('retainedBatch', () => {
  it.each([accepted, failed])('reads as the batch it keeps, its fields in the same order', (batch) => {
    const kept = retainedBatch(batch);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(batch));
    expect(kept).toEqual(batch);
    expect({ ...kept }).toEqual({ ...batch });
  });

  it('splits the receptors once, then gives the same array', () => {
    const kept = retainedBatch(accepted);
    const first = kept.receptors;
    expect(first).toEqual(receptors);
    expect(first).not.toBe(receptors);
    expect(kept.receptors).toBe(first);
  });

  it('keeps the error with its exception', () => {
    expect(retainedBatch(failed).error?.exception).toBeInstanceOf(SmsInsufficientCreditException);
  });
});
