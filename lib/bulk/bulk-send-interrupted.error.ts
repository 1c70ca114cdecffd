import type { BulkSendBatch, BulkSendResult, BulkSendTotals } from '../interfaces/index.js';

/**
 * The caller's side of a campaign failed part-way: reading the receptors (a database cursor lost, say) or
 * `onBatch` (a database write). `sendBulk` rejects with it once the requests on their way have finished: `result`
 * accounts for every receptor read until then, as a completed campaign's result does (with `complete: false`), so
 * that the campaign can be resumed without sending anything twice; `cause` is the caller's own error (the first,
 * when there were several), and `unhandled` the outcomes `onBatch` failed on, to be stored again.
 */
export class BulkSendInterruptedError extends Error {
  constructor(
    /** What the campaign did with the receptors it had read; it has `batches` unless `retainBatches: false`. */
    readonly result: BulkSendTotals | BulkSendResult,
    cause: unknown,
    /** What failed first: the receptors' source, or `onBatch`. */
    readonly during: 'source' | 'onBatch' = 'source',
    /** Every outcome `onBatch` threw or rejected on, in the order they settled; counted in `result` all the same. */
    readonly unhandled: BulkSendBatch[] = [],
  ) {
    super(
      `${during === 'source' ? 'Reading the receptors' : 'onBatch'} failed after ${result.consumed} inputs: ` +
        `${result.accepted} accepted, ${result.failed} failed, ${result.skipped} skipped`,
      { cause },
    );
    this.name = 'BulkSendInterruptedError';
  }
}
