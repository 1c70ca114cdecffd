import type { BulkSendBatch, BulkSendResult } from '../interfaces/index.js';

/** The totals of a campaign's batches; `segmentsPerMessage` is what one receptor of an accepted batch costs. */
export function campaignResult(
  batches: BulkSendBatch[],
  invalid: string[],
  segmentsPerMessage: number,
): BulkSendResult {
  const count = { accepted: 0, failed: 0, skipped: 0 };
  for (const batch of batches) count[batch.status] += batch.receptors.length;
  return {
    total: count.accepted + count.failed + count.skipped,
    ...count,
    invalid,
    segments: count.accepted * segmentsPerMessage,
    batches,
  };
}
