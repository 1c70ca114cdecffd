import type { SmsErrorSummary } from '../../exceptions/index.js';

/** How `SmsCampaignService.start` queues a campaign. */
export interface SmsCampaignStartOptions {
  /**
   * The campaign's id: letters, digits, `_`, `.` and `-`, up to 128, beginning with a letter or digit. Starting a
   * campaign again with the same id (after a crash while its batches were being queued) queues no batch twice.
   * Default: a random UUID.
   */
  id?: string;
  /** Receptors per request, 1 to 100. Default `100`. */
  chunkSize?: number;
  /** Holds every batch in the queue until then. Default: sent at once. */
  sendAt?: Date;
  /**
   * For an array: leave invalid receptors out and count them, instead of rejecting the campaign before anything is
   * queued. An `Iterable` or `AsyncIterable` always leaves them out, since it is not read ahead.
   */
  skipInvalid?: boolean;
}

/**
 * Where a campaign is: `feeding` while its batches are being queued (the first ones may already be sent),
 * `running`, `paused`, or finished or finishing: `completed`, `cancelled`, or `halted` by an error every later batch
 * would repeat. A cancelled or halted campaign has finished once `finishedAt` is set: batches that were being sent
 * when it stopped settle first.
 */
export type SmsCampaignState = 'feeding' | 'running' | 'paused' | 'completed' | 'cancelled' | 'halted';

/**
 * A campaign's accounting, read from Redis. Every receptor queued is counted exactly once:
 * `total = accepted + failed + unknown + skipped + pending` at every moment.
 */
export interface SmsCampaignStatus {
  /** The campaign's id. */
  id: string;
  /** Where the campaign is. */
  state: SmsCampaignState;
  /** Distinct valid receptors queued so far. */
  total: number;
  /** Receptors of batches the provider accepted. */
  accepted: number;
  /** Receptors of batches that failed, never sent. */
  failed: number;
  /** Receptors of batches that may or may not have gone out (`maybeSent`): never sent again. */
  unknown: number;
  /** Receptors of batches never sent: the campaign was cancelled or halted first. */
  skipped: number;
  /** Receptors of batches waiting or being sent. */
  pending: number;
  /** Inputs left out as invalid. */
  invalid: number;
  /** What the accepted batches cost: receptors × segments per message. */
  segments: number;
  /** When the campaign was started. */
  createdAt: Date;
  /** When its last batch settled; absent until it has finished. */
  finishedAt?: Date;
  /** The error that halted it, for a halted campaign. */
  haltedBy?: SmsErrorSummary;
}

/** What became of a batch: waiting or being sent (`pending`), or settled. */
export type SmsCampaignBatchStatus = 'pending' | 'accepted' | 'failed' | 'unknown' | 'skipped';

/** One request of a campaign and what became of it. */
export interface SmsCampaignBatch {
  /** Its place in the campaign, from 0 in the order the receptors were read. */
  index: number;
  /** Its receptors, normalised. */
  receptors: string[];
  /** What became of it. */
  status: SmsCampaignBatchStatus;
  /** The provider's message id, for an accepted batch. */
  messageId?: string;
  /**
   * Why a failed or unknown batch failed (`maybeSent` for an unknown one), or why a skipped one was not sent: the
   * error that halted the campaign, or `SMS_ABORTED` for a cancelled one.
   */
  error?: SmsErrorSummary;
}

/** Which batches `SmsCampaignService.batches` lists. */
export interface SmsCampaignBatchFilter {
  /** Only the batches with this status. Default: all. */
  status?: SmsCampaignBatchStatus;
}
