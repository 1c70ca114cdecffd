import type { Logger } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import { stopsCampaign } from '../bulk/stops-campaign.js';
import { type SmsErrorSummary, SmsException, SmsProviderException } from '../exceptions/index.js';
import { isRetryable } from '../retry/retry.policy.js';
import type { SmsService } from '../sms.service.js';
import type { BatchJobData, CampaignJobs } from './campaign-jobs.js';
import { withdrawPending } from './campaign-withdrawal.js';
import type { BatchOutcome } from './ledger/batch-record.js';
import type { CampaignLedger, ClaimedBatch } from './ledger/campaign-ledger.js';

/** What a batch that failed in a way `SmsService` never fails is settled with: it may have gone out. */
const UNEXPECTED: SmsErrorSummary = {
  code: 'SMS_UNEXPECTED_ERROR',
  message: 'Sending the batch failed unexpectedly: it may have been sent, and is not sent again',
  maybeSent: true,
};

/** What the processor works with. */
export interface BatchProcessorContext {
  ledger: CampaignLedger;
  jobs: CampaignJobs;
  /** The `SmsService` of the instance the batches are sent through. */
  sms: () => SmsService;
  logger: Logger;
}

/**
 * Sends one batch a job, at most once. The batch is marked as being sent, in the ledger, before the request goes
 * out: a job that finds its batch so marked is a rerun after its worker died, and settles the batch as unknown
 * instead of sending it again. Only a failure the provider cannot have accepted gives the batch back to the queue:
 * for another try with backoff, or, after a 429 with `Retry-After`, holding every worker of the queue that long
 * (which uses up no try).
 */
export class SmsBatchProcessor {
  readonly #context: BatchProcessorContext;

  constructor(context: BatchProcessorContext) {
    this.#context = context;
  }

  /** Makes the first batch as quick as the next ones: loads the ledger's scripts. */
  async prepare(): Promise<void> {
    await this.#context.ledger.prepareWorker();
  }

  async process(job: Job<BatchJobData>): Promise<void> {
    const { ledger, sms, logger } = this.#context;
    const { campaign, index } = job.data;
    const jobId = job.id ?? '';
    const claim = await ledger.claim(campaign, index, jobId);
    if (claim.kind === 'interrupted') {
      logger.warn(
        `Campaign ${campaign}, batch ${index}: its worker stopped while sending it; settled as unknown`,
      );
    }
    if (claim.kind !== 'send') return;
    const batch: ClaimedBatch = { index, size: claim.receptors.length };
    let outcome: BatchOutcome;
    try {
      const result = await sms().sendArray({ ...claim.parts, receptors: claim.receptors });
      outcome = { status: 'accepted', messageId: result.messageId };
    } catch (error) {
      if (error instanceof SmsException && isRetryable(error) && (await this.#giveBack(job, batch, error)))
        return;
      return this.#settleFailure(job, batch, error);
    }
    await ledger.settle(campaign, batch, jobId, outcome);
  }

  /** Settles a batch whose job BullMQ gave up (its tries, or its stalls, used up). */
  async abandoned(job: Job<BatchJobData>, reason: string): Promise<void> {
    const { campaign, index } = job.data;
    const settled = await this.#context.ledger.abandon(campaign, index, job.id ?? '', {
      code: 'SMS_QUEUE_GAVE_UP',
      message: `The queue gave the batch up: ${reason}`,
      maybeSent: false,
    });
    if (settled !== 'settled') {
      this.#context.logger.warn(
        `Campaign ${campaign}, batch ${index}: the queue gave it up; settled as ${settled}`,
      );
    }
  }

  /**
   * Gives a batch the provider cannot have taken back to the queue; `false` when this was its last try. Throws what
   * makes BullMQ requeue the job, unless the batch's campaign was paused or stopped meanwhile.
   */
  async #giveBack(job: Job<BatchJobData>, batch: ClaimedBatch, exception: SmsException): Promise<boolean> {
    const { ledger, jobs, logger } = this.#context;
    const provider = exception instanceof SmsProviderException ? exception : undefined;
    const retryAfterMs = provider?.retryAfterMs;
    if (retryAfterMs === undefined && job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) return false;
    const released = await ledger.release(job.data.campaign, batch, job.id ?? '');
    if (retryAfterMs !== undefined) {
      logger.warn(
        `The provider asked to wait ${retryAfterMs} ms (HTTP ${provider?.httpStatus}): holding the queue`,
      );
      await jobs.holdQueue(retryAfterMs);
      if (released === 'queued') throw Worker.RateLimitError();
    } else if (released === 'queued') {
      throw exception;
    }
    return true;
  }

  async #settleFailure(job: Job<BatchJobData>, batch: ClaimedBatch, error: unknown): Promise<void> {
    const { ledger, jobs, logger } = this.#context;
    const { campaign, index } = job.data;
    const summary = error instanceof SmsException ? error.toJSON() : UNEXPECTED;
    if (!(error instanceof SmsException)) {
      logger.error(
        `Campaign ${campaign}, batch ${index}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const outcome: BatchOutcome = { status: summary.maybeSent ? 'unknown' : 'failed', error: summary };
    const halt = stopsCampaign(error) ? summary : undefined;
    if ((await ledger.settle(campaign, batch, job.id ?? '', outcome, halt)) !== 'halted') return;
    logger.warn(`Campaign ${campaign} halted by batch ${index}: ${summary.code} ${summary.message}`);
    try {
      for await (const withdrawn of withdrawPending(ledger, jobs, campaign)) void withdrawn;
    } catch (withdrawError) {
      logger.warn(`Campaign ${campaign}: taking its jobs out of the queue failed: ${String(withdrawError)}`);
    }
  }
}
