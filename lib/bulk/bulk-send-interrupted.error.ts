import type { BulkSendResult } from '../interfaces/index.js';

/**
 * Reading a campaign's receptors failed part-way (a database cursor lost, say). `sendBulk` rejects with it once the
 * requests on their way have finished: `result` accounts for every receptor read until then, as a completed
 * campaign's result does, so that the campaign can be resumed without sending anything twice; `cause` is the
 * source's own error.
 */
export class BulkSendInterruptedError extends Error {
  constructor(
    /** What the campaign did with the receptors it had read. */
    readonly result: BulkSendResult,
    cause: unknown,
  ) {
    super(
      `Reading the receptors failed after ${result.total} of them: ${result.accepted} accepted, ` +
        `${result.failed} failed, ${result.skipped} skipped`,
      { cause },
    );
    this.name = 'BulkSendInterruptedError';
  }
}
