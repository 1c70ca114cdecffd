import type { SmsException } from '../exceptions/index.js';
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
  /** Receptors per request, 1 to 100. Default `100`. */
  chunkSize?: number;
  /** Requests at once, at least 1. Default `4`. */
  concurrency?: number;
  /**
   * For an array: leave invalid receptors out and report them, instead of rejecting the whole campaign before
   * anything is sent. An `Iterable` or `AsyncIterable` always leaves them out, since it is not read ahead.
   */
  skipInvalid?: boolean;
  /** Called after each batch that was tried (accepted or failed), with the running totals. */
  onProgress?: (done: BulkSendProgress) => void;
  /** Abandons the campaign: requests on their way fail with `SmsAbortedException`, the rest are skipped. */
  signal?: AbortSignal;
  /** Each request's timeout in milliseconds, in place of the module's. */
  timeout?: number;
  /** The most parts the message may be sent in, in place of the module's `maxSegments`. */
  maxSegments?: number;
}

/** How far a campaign has got. */
export interface BulkSendProgress {
  /** Batches tried so far. */
  batches: number;
  /** Receptors in those batches. */
  receptors: number;
}

/** One request of a campaign and what became of it. */
export interface BulkSendBatch {
  /** The batch's receptors, normalised. */
  receptors: string[];
  /** `accepted` by the provider, `failed`, or `skipped`: never sent, because of an earlier fatal error. */
  status: 'accepted' | 'failed' | 'skipped';
  /** The provider's acceptance, for an accepted batch. */
  result?: SendArrayResult;
  /** Why a failed batch failed, or the fatal error that made a skipped one not sent. */
  error?: SmsException;
}

/**
 * What a campaign did, accounting for every receptor exactly once: `total = accepted + failed + skipped`.
 */
export interface BulkSendResult {
  /** Distinct valid receptors. */
  total: number;
  /** Receptors in batches the provider accepted. */
  accepted: number;
  /** Receptors in batches that failed. Those with `error.maybeSent` may have been sent all the same. */
  failed: number;
  /** Receptors never sent, because of an earlier error that every later batch would repeat. */
  skipped: number;
  /** The inputs left out as invalid, as they were given. */
  invalid: string[];
  /** What the accepted batches cost: receptors × segments per message, the figure the account is charged by. */
  segments: number;
  /** Every request, in the order the receptors were read. */
  batches: BulkSendBatch[];
}
