import type { Logger } from '@nestjs/common';
import { setMaxListeners } from 'node:events';
import { SmsAbortedException, SmsException, SmsProviderException } from '../exceptions/index.js';
import type {
  BulkSendBatch,
  BulkSendError,
  BulkSendProgress,
  BulkSendRate,
  BulkSendStopReason,
  SendArrayResult,
} from '../interfaces/index.js';
import type { CallSettings } from '../validation/call-settings.js';
import { bulkSendError } from './bulk-send-error.js';
import { CampaignPacer } from './campaign-pacer.js';
import type { CampaignTally } from './campaign-tally.js';
import type { ReceptorSource } from './receptor-source.js';
import { stopsCampaign } from './stops-campaign.js';

/** One run of a campaign: its source, how to send a batch, and where its outcomes go. */
export interface CampaignRun {
  source: ReceptorSource;
  concurrency: number;
  rate?: BulkSendRate;
  /** Sends one batch with the call settings given: the campaign's own signal and pacing added to `call`'s. */
  send: (receptors: string[], call: CallSettings) => Promise<SendArrayResult>;
  call: CallSettings;
  /** Abandons the campaign. */
  signal?: AbortSignal;
  tally: CampaignTally;
  onBatch?: (batch: BulkSendBatch) => void | Promise<void>;
  onProgress?: (done: BulkSendProgress) => void;
  logger: Logger;
}

/**
 * How a campaign ended: why it stopped early, if it did; the caller's error that interrupted it, if any; and the
 * outcomes `onBatch` failed on.
 */
export interface CampaignEnd {
  stoppedBy?: BulkSendStopReason;
  interruption?: { error: unknown; during: 'source' | 'onBatch' };
  unhandled: BulkSendBatch[];
}

/** Sends a campaign's batches. See `CampaignRunner`. */
export function runCampaign(run: CampaignRun): Promise<CampaignEnd> {
  return new CampaignRunner(run).run();
}

/**
 * Sends a campaign's batches with at most `concurrency` at once. One reader takes a batch from the source only when
 * a slot is free, and a slot is held from the batch's first try until `onBatch` has settled, so that memory holds
 * the batches in flight and `onBatch` is never outrun.
 *
 * A failed batch does not stop the campaign. An abort, an error every later batch would repeat (`stopsCampaign`)
 * or a failing `onBatch` does: the source is read no further and closed, the batches read but not sent are skipped,
 * and the run ends as soon as the requests in flight settle, whatever the source does. When the source fails, the
 * batches read before are still sent.
 */
class CampaignRunner {
  readonly #run: CampaignRun;
  readonly #signal?: AbortSignal;
  readonly #requests?: AbortController;
  readonly #call: CallSettings;
  readonly #pacer: CampaignPacer;
  readonly #done: BulkSendProgress = { batches: 0, receptors: 0 };
  #inFlight = 0;
  #nextIndex = 0;
  #wakeReader?: () => void;
  #skipError?: BulkSendError;
  #leftovers?: Iterator<string[]>;
  readonly #end: CampaignEnd = { unhandled: [] };

  constructor(run: CampaignRun) {
    const { signal } = run;
    this.#run = run;
    this.#signal = signal;
    this.#pacer = new CampaignPacer(run.rate);
    if (signal !== undefined) {
      this.#requests = new AbortController();
      // Each request in flight listens to it, at most once at a time (axios during a try, the wait between tries).
      setMaxListeners(2 * run.concurrency, this.#requests.signal);
    }
    this.#call = { ...run.call, signal: this.#requests?.signal, pacing: this.#pacer };
  }

  async run(): Promise<CampaignEnd> {
    const onAbort = () => this.#abort();
    if (this.#signal?.aborted) this.#abort();
    else this.#signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await this.#readAll();
      await this.#settleTheRest();
    } finally {
      this.#signal?.removeEventListener('abort', onAbort);
    }
    return this.#end;
  }

  /** Reads batches while a slot is free and hands each to a request, until the source ends or the campaign stops. */
  async #readAll(): Promise<void> {
    const { source, concurrency } = this.#run;
    while (this.#skipError === undefined) {
      if (this.#inFlight >= concurrency) {
        await this.#slotFreed();
        continue;
      }
      let receptors: string[] | undefined;
      try {
        receptors = await source.read();
      } catch (error) {
        this.#interrupt('source-error', { error, during: 'source' });
        return;
      }
      if (receptors === undefined) return;
      // Read just before the campaign stopped: never sent.
      if (this.#skipError !== undefined) await this.#settle(this.#skipped(receptors));
      else this.#launch(receptors);
    }
  }

  /** Skips what was read and not sent, and waits for the batches in flight. */
  async #settleTheRest(): Promise<void> {
    for (;;) {
      const leftover = this.#leftovers?.next();
      if (leftover !== undefined && leftover.done !== true) await this.#settle(this.#skipped(leftover.value));
      else if (this.#inFlight > 0) await this.#slotFreed();
      else return;
    }
  }

  #launch(receptors: string[]): void {
    const index = this.#nextIndex++;
    this.#inFlight += 1;
    void this.#send(index, receptors)
      .then((batch) => this.#settle(batch))
      .finally(() => {
        this.#inFlight -= 1;
        this.#wakeReader?.();
      });
  }

  async #send(index: number, receptors: string[]): Promise<BulkSendBatch> {
    if (!(await this.#pacer.start())) return this.#skipped(receptors, index);
    try {
      const result = await this.#run.send(receptors, this.#call);
      return { index, receptors, status: 'accepted', result };
    } catch (caught) {
      const exception = caught instanceof SmsException ? caught : unexpected();
      const error = bulkSendError(exception);
      // An abort that is not the campaign's own signal (the application closing) stops it, and lets the requests
      // on their way finish.
      if (exception instanceof SmsAbortedException) this.#halt('aborted', error);
      else if (stopsCampaign(exception)) this.#halt('fatal', error);
      // Abandoned before it went out: never tried, so skipped, not failed.
      const unsent = exception instanceof SmsAbortedException && !exception.maybeSent;
      return { index, receptors, status: unsent ? 'skipped' : 'failed', error };
    }
  }

  /** Counts a settled batch, reports progress, and hands it to `onBatch`, whose failure stops the campaign. */
  async #settle(batch: BulkSendBatch): Promise<void> {
    const { tally, onProgress, onBatch, logger } = this.#run;
    tally.add(batch);
    if (batch.status !== 'skipped' && onProgress !== undefined) {
      this.#done.batches += 1;
      this.#done.receptors += batch.receptors.length;
      try {
        onProgress({ ...this.#done });
      } catch (error) {
        logger.warn(`sendBulk onProgress threw: ${describe(error)}`);
      }
    }
    if (onBatch === undefined) return;
    try {
      await onBatch(batch);
    } catch (error) {
      this.#end.unhandled.push(batch);
      if (this.#end.interruption === undefined)
        this.#interrupt('on-batch-error', { error, during: 'onBatch' });
      else logger.warn(`sendBulk onBatch failed after the campaign was interrupted: ${describe(error)}`);
      if (this.#skipError === undefined) this.#halt('on-batch-error', bulkSendError(onBatchFailed()));
    }
  }

  #skipped(receptors: string[], index = this.#nextIndex++): BulkSendBatch {
    return { index, receptors, status: 'skipped', error: this.#skipError };
  }

  /** The signal fired: stop, and abandon the requests in flight. */
  #abort(): void {
    this.#halt('aborted', bulkSendError(SmsAbortedException.beforeSending()));
    this.#requests?.abort(this.#signal?.reason);
  }

  /** Stops the campaign, once: no further batch is read or sent, and the source is closed. */
  #halt(reason: BulkSendStopReason, error: BulkSendError): void {
    if (this.#skipError !== undefined) return;
    this.#skipError = error;
    this.#end.stoppedBy ??= reason;
    this.#pacer.halt(reason === 'aborted');
    const closeFailed = (closing: unknown) =>
      this.#run.logger.warn(`sendBulk could not close the receptors' source: ${describe(closing)}`);
    this.#leftovers = this.#run.source.stop(closeFailed)[Symbol.iterator]();
    this.#wakeReader?.();
  }

  #interrupt(reason: BulkSendStopReason, interruption: CampaignEnd['interruption']): void {
    this.#end.stoppedBy ??= reason;
    this.#end.interruption = interruption;
  }

  #slotFreed(): Promise<void> {
    return new Promise((resolve) => {
      this.#wakeReader = () => {
        this.#wakeReader = undefined;
        resolve();
      };
    });
  }
}

/** Why the batches read but not sent are skipped after `onBatch` failed. */
function onBatchFailed(): SmsException {
  return new SmsAbortedException('The campaign stopped before this batch was sent: onBatch failed');
}

/** What a send that failed with anything but an `SmsException` (a bug) is accounted as: failed, maybe sent. */
function unexpected(): SmsException {
  return new SmsProviderException('The send failed with an error that is not an SmsException', {
    maybeSent: true,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
