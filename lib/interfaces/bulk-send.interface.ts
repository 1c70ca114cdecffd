import type { SmsErrorSummary, SmsException } from '../exceptions/index.js';
import type { SendArrayInput } from './send-array-input.interface.js';
import type { SendArrayResult } from './send-array-result.interface.js';

/**
 * A campaign for `SmsService.sendBulk`: the `sendArray` input, with receptors of any number, from an array, an
 * `Iterable` or an `AsyncIterable` (a database cursor, say), read lazily.
 */
export interface BulkSendInput extends Omit<SendArrayInput, 'receptors'> {
  /** Iranian mobile numbers in any usual form, of any number: an array, an `Iterable` or an `AsyncIterable`. */
  receptors: Iterable<string | number> | AsyncIterable<string | number>;
}

/** How `SmsService.sendBulk` runs a campaign. */
export interface BulkSendOptions {
  /** Receptors per request, a whole number from 1 to 100. Default `100`. */
  chunkSize?: number;
  /** Requests at once, a whole number from 1 to 256. Default `4`. */
  concurrency?: number;
  /**
   * At most `requests` requests start in any window of `perMs` milliseconds, retries included, for a provider that
   * limits a line's send rate. Both are whole numbers, at least 1. Default: no limit.
   */
  rate?: BulkSendRate;
  /**
   * For an array: leave invalid receptors out and report them, instead of rejecting the whole campaign before
   * anything is sent. An `Iterable` or `AsyncIterable` always leaves them out, since it is not read ahead.
   */
  skipInvalid?: boolean;
  /**
   * Drop repeated numbers across the campaign, keeping a set of the numbers seen (about 4 bytes a receptor).
   * `false` keeps no set and sends the numbers as they come, for a source already distinct (a `SELECT DISTINCT`
   * cursor). Default `true`.
   */
  dedupe?: boolean;
  /**
   * Keep every batch, and the invalid inputs, in the result. `false` makes the result totals only
   * (`BulkSendTotals`), so that a campaign's memory does not grow with its length: read the batches through
   * `onBatch` instead. Default `true`.
   */
  retainBatches?: boolean;
  /**
   * Called once for each batch when it is settled (accepted, failed or skipped), in the order they settle. When it
   * returns a promise, that request's slot waits for it before taking another batch, so that a slow consumer (a
   * database write) is never outrun. If it throws or rejects, the campaign stops as after a fatal error, the
   * outcomes still to come are still given to it, and `sendBulk` then rejects with `BulkSendInterruptedError`.
   */
  onBatch?: (batch: BulkSendBatch) => void | Promise<void>;
  /** Called after each batch that was tried (accepted or failed), with the running totals. */
  onProgress?: (done: BulkSendProgress) => void;
  /**
   * Abandons the campaign at once: the source is read no further, requests on their way fail with
   * `SmsAbortedException`, and the batches read but not sent are skipped.
   */
  signal?: AbortSignal;
  /** Each request's timeout in milliseconds, in place of the module's. */
  timeout?: number;
  /** The most parts the message may be sent in, in place of the module's `maxSegments`. */
  maxSegments?: number;
}

/** A send rate: at most `requests` request starts in any window of `perMs` milliseconds. */
export interface BulkSendRate {
  /** Requests allowed in a window, a whole number, at least 1. */
  requests: number;
  /** The window, in milliseconds, a whole number, at least 1. */
  perMs: number;
}

/** How far a campaign has got. */
export interface BulkSendProgress {
  /** Batches tried so far. */
  batches: number;
  /** Receptors in those batches. */
  receptors: number;
}

/** What became of a batch: `accepted` by the provider, `failed`, or `skipped` (never sent). */
export type BulkSendStatus = 'accepted' | 'failed' | 'skipped';

/**
 * Why a campaign stopped before the end of its source: its signal fired (`aborted`), the provider answered with an
 * error every later batch would repeat (`fatal`: not enough credit, a rejected sender or date), reading the
 * receptors failed (`source-error`), or `onBatch` failed (`on-batch-error`).
 */
export type BulkSendStopReason = 'aborted' | 'fatal' | 'source-error' | 'on-batch-error';

/**
 * Why a batch failed or was skipped, as plain data that survives `JSON.stringify` (or a queue, or a database
 * column), with the exception itself kept as `exception`, which `JSON.stringify` leaves out.
 *
 * @example
 * ```ts
 * if (batch.error?.exception instanceof SmsInsufficientCreditException) await this.topUp();
 * await this.outcomes.insert({ index: batch.index, status: batch.status, error: JSON.stringify(batch.error) });
 * ```
 */
export interface BulkSendError extends SmsErrorSummary {
  /** The exception, for `instanceof` in this process. Not enumerable: `JSON.stringify` and spreads leave it out. */
  readonly exception: SmsException;
}

/** One batch of a campaign and what became of it: what `onBatch` receives and `BulkSendResult.batches` holds. */
export interface BulkSendBatch {
  /** Its place in the order the receptors were read, from 0. */
  index: number;
  /** The batch's receptors, normalised. */
  receptors: string[];
  /** `accepted` by the provider, `failed`, or `skipped`: never sent, because the campaign had stopped. */
  status: BulkSendStatus;
  /** The provider's acceptance, for an accepted batch. */
  result?: SendArrayResult;
  /** Why a failed batch failed, or why the campaign stopped, for a skipped one. */
  error?: BulkSendError;
}

/**
 * What a campaign did, in totals, accounting for every receptor read exactly once:
 * `total = accepted + failed + skipped`. This is the whole result with `retainBatches: false`.
 */
export interface BulkSendTotals {
  /**
   * Inputs read from the source, invalid and repeated ones included: where to resume a cursor. Inputs after
   * these were never read; receptors read but not sent are in `skipped`.
   */
  consumed: number;
  /** Valid receptors read, distinct unless `dedupe: false`. */
  total: number;
  /** Receptors in batches the provider accepted. */
  accepted: number;
  /** Receptors in batches that failed. Those with `error.maybeSent` may have been sent all the same. */
  failed: number;
  /** Receptors read but never sent, because the campaign had stopped. */
  skipped: number;
  /** Inputs left out as invalid. */
  invalidCount: number;
  /** What the accepted batches cost: receptors × segments per message, the figure the account is charged by. */
  segments: number;
  /** Whether the campaign ran to the end of its source; when not, `stoppedBy` says why. */
  complete: boolean;
  /** Why the campaign stopped early; absent when `complete`. */
  stoppedBy?: BulkSendStopReason;
}

/** What a campaign did, with every batch: the result unless `retainBatches: false`. */
export interface BulkSendResult extends BulkSendTotals {
  /** The inputs left out as invalid, as they were given. */
  invalid: string[];
  /** Every batch, in the order its receptors were read (by `index`). */
  batches: BulkSendBatch[];
}
