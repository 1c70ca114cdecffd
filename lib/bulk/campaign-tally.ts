import type {
  BulkSendBatch,
  BulkSendResult,
  BulkSendStopReason,
  BulkSendTotals,
} from '../interfaces/index.js';
import type { InputsRead } from './receptor-batcher.js';
import { retainedBatch } from './retained-batch.js';

/**
 * A campaign's running totals, kept as its batches settle, and with `retainBatches` the batches themselves, in
 * read order. Without them it holds a few numbers, whatever the campaign's length.
 */
export class CampaignTally {
  readonly #count = { accepted: 0, failed: 0, skipped: 0 };
  readonly #retained?: BulkSendBatch[];
  #batches = 0;

  constructor(retainBatches: boolean) {
    this.#retained = retainBatches ? [] : undefined;
  }

  /** Batches settled so far. */
  get batches(): number {
    return this.#batches;
  }

  /** Counts a settled batch (and keeps it, in its place, when batches are retained). */
  add(batch: BulkSendBatch): void {
    this.#count[batch.status] += batch.receptors.length;
    this.#batches += 1;
    if (this.#retained !== undefined) this.#retained[batch.index] = retainedBatch(batch);
  }

  /** The result: totals, and with `retainBatches` the invalid inputs and every batch. */
  result(
    inputs: InputsRead,
    segmentsPerMessage: number,
    stoppedBy: BulkSendStopReason | undefined,
  ): BulkSendTotals | BulkSendResult {
    const { accepted, failed, skipped } = this.#count;
    const totals: BulkSendTotals = {
      complete: stoppedBy === undefined,
      ...(stoppedBy === undefined ? {} : { stoppedBy }),
      consumed: inputs.consumed,
      total: accepted + failed + skipped,
      accepted,
      failed,
      skipped,
      invalidCount: inputs.invalidCount,
      segments: accepted * segmentsPerMessage,
    };
    return this.#retained === undefined
      ? totals
      : { ...totals, invalid: inputs.invalid, batches: this.#retained };
  }
}
