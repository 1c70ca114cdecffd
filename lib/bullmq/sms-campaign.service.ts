import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { validateBulkSendOptions } from '../bulk/bulk-send-options.validator.js';
import { SmsValidationException } from '../exceptions/index.js';
import type { BulkSendInput } from '../interfaces/index.js';
import { countSegments } from '../segments/count-segments.js';
import { feedCampaign } from './campaign-feeder.js';
import { campaignSource } from './campaign-source.js';
import type { CampaignJobs } from './campaign-jobs.js';
import { CampaignWatcher } from './campaign-watcher.js';
import { withdrawPending } from './campaign-withdrawal.js';
import { SmsCampaignNotFoundException } from './exceptions/index.js';
import type {
  SmsCampaignBatch,
  SmsCampaignBatchFilter,
  SmsCampaignStartOptions,
  SmsCampaignStatus,
  SmsQueueRetryOptions,
} from './interfaces/index.js';
import { readBatch } from './ledger/batch-record.js';
import { CAMPAIGN_ID_PATTERN } from './ledger/campaign-keys.js';
import type { CampaignLedger, JobSchedule } from './ledger/campaign-ledger.js';
import { type CampaignHash, campaignStatus, stopReason } from './ledger/campaign-status.js';
import { SmsInstanceRef } from './sms-instance.ref.js';
import type { ResolvedSmsQueueOptions } from './options/sms-queue-options.resolver.js';
import {
  CAMPAIGN_JOBS,
  CAMPAIGN_LEDGER,
  SMS_QUEUE_LOG_CONTEXT,
  SMS_QUEUE_RESOLVED_OPTIONS,
} from './sms-queue.constants.js';

/** Batches read from Redis at a time by `batches`. */
const BATCH_PAGE = 200;

/**
 * Runs campaigns on BullMQ: durable across restarts, shared by every worker process of the queue, controlled from
 * any process. Each batch is sent at most once through the `SmsService` of the module's `instance`; every receptor
 * is accounted for in Redis.
 *
 * @example
 * ```ts
 * constructor(private readonly campaigns: SmsCampaignService) {}
 *
 * const id = await this.campaigns.start({ message: 'Our shop opens at nine', receptors: customers.phoneNumbers() });
 * for await (const status of this.campaigns.watch(id)) this.logger.log(`${status.accepted} of ${status.total} sent`);
 * ```
 */
@Injectable()
export class SmsCampaignService {
  readonly #ledger: CampaignLedger;
  readonly #jobs: CampaignJobs;
  readonly #watcher: CampaignWatcher;
  readonly #instance: SmsInstanceRef;
  readonly #retry: Required<SmsQueueRetryOptions>;
  readonly #logger = new Logger(SMS_QUEUE_LOG_CONTEXT);

  /** @internal Nest constructs it; inject it rather. */
  constructor(
    @Inject(CAMPAIGN_LEDGER) ledger: CampaignLedger,
    @Inject(CAMPAIGN_JOBS) jobs: CampaignJobs,
    watcher: CampaignWatcher,
    instance: SmsInstanceRef,
    @Inject(SMS_QUEUE_RESOLVED_OPTIONS) options: ResolvedSmsQueueOptions,
  ) {
    this.#ledger = ledger;
    this.#jobs = jobs;
    this.#watcher = watcher;
    this.#instance = instance;
    this.#retry = options.retry;
  }

  /**
   * Queues a campaign, and resolves with its id once every batch is in Redis; workers may send the first ones
   * before then. The sender, message and date are checked first, as `sendBulk` checks them (and, for an array
   * without `skipInvalid`, every receptor): when they are invalid, it rejects with the same `SmsException` and
   * nothing is queued. The receptors are read lazily in this process, normalised and deduplicated across the
   * campaign. Started again with the same `id` after a crash while queueing, with the same receptors, it queues no
   * batch twice; a campaign already queued is left as it is.
   *
   * @throws SmsCampaignFeedError when reading the receptors fails part-way: what was queued is sent; start it again
   * with the same id to queue the rest.
   */
  async start(input: BulkSendInput, options: SmsCampaignStartOptions = {}): Promise<string> {
    const { id = randomUUID(), sendAt, skipInvalid = false } = options;
    if (typeof id !== 'string' || !CAMPAIGN_ID_PATTERN.test(id)) {
      throw new SmsValidationException(
        'id must be 1 to 128 letters, digits, _, . or -, beginning with a letter or digit',
      );
    }
    if (sendAt !== undefined && (!(sendAt instanceof Date) || Number.isNaN(sendAt.getTime()))) {
      throw new SmsValidationException('sendAt must be a valid Date');
    }
    const parts = this.#instance.service.validateMessage(input);
    const { chunkSize } = validateBulkSendOptions({ chunkSize: options.chunkSize });
    const receptors = campaignSource(input.receptors, chunkSize, skipInvalid, (error) =>
      this.#logger.warn(`Campaign ${id}: closing its receptors' source failed: ${String(error)}`),
    );
    const segments = countSegments(parts.message).segments;
    const schedule = sendAt === undefined ? { retry: this.#retry } : { sendAt, retry: this.#retry };
    await feedCampaign(id, { parts, segments, chunkSize, schedule }, receptors, {
      ledger: this.#ledger,
      jobs: this.#jobs,
      logger: this.#logger,
    });
    return id;
  }

  /** The campaign's accounting now. @throws SmsCampaignNotFoundException */
  async status(id: string): Promise<SmsCampaignStatus> {
    return campaignStatus(id, await this.#read(id));
  }

  /**
   * Every batch of the campaign, in order, or those with `filter.status`, read from Redis a page at a time.
   * @throws SmsCampaignNotFoundException
   */
  async *batches(id: string, filter: SmsCampaignBatchFilter = {}): AsyncGenerator<SmsCampaignBatch> {
    const hash = await this.#read(id);
    const stoppedBy = stopReason(hash);
    const count = Number(hash.batches);
    for (let first = 0; first < count; first += BATCH_PAGE) {
      const indexes = Array.from({ length: Math.min(BATCH_PAGE, count - first) }, (_, at) => first + at);
      const stored = await this.#ledger.batches(id, indexes);
      for (const [at, [receptors, record]] of stored.entries()) {
        const batch = readBatch(first + at, receptors, record, stoppedBy);
        if (filter.status === undefined || batch.status === filter.status) yield batch;
      }
    }
  }

  /**
   * The campaign's status now, then again each time batches settle (in any process), ending once it has finished.
   * @throws SmsCampaignNotFoundException
   */
  watch(id: string): AsyncGenerator<SmsCampaignStatus> {
    return this.#watcher.watch(id);
  }

  /** Waits until the campaign has finished; resolves with its last status. @throws SmsCampaignNotFoundException */
  async result(id: string): Promise<SmsCampaignStatus> {
    let last: SmsCampaignStatus | undefined;
    for await (const status of this.watch(id)) last = status;
    if (last === undefined) throw new SmsCampaignNotFoundException(id);
    return last;
  }

  /**
   * Pauses the campaign, from any process: no batch of it is sent until `resume`; batches being sent finish.
   * Its jobs leave the queue meanwhile. A finished or stopped campaign is left as it is.
   * @throws SmsCampaignNotFoundException
   */
  async pause(id: string): Promise<SmsCampaignStatus> {
    const paused = await this.#ledger.pause(id);
    if (paused === 'missing') throw new SmsCampaignNotFoundException(id);
    if (paused === 'paused') {
      for await (const withdrawn of withdrawPending(this.#ledger, this.#jobs, id)) {
        if (withdrawn.length === 0) continue;
        const { resumed } = await this.#ledger.park(id, withdrawn);
        if (resumed === undefined) continue;
        await this.#jobs.add(id, withdrawn, await this.#schedule(id), resumed);
        break;
      }
    }
    return this.status(id);
  }

  /**
   * Resumes a paused campaign, from any process: its batches go back to the queue. Calling it again queues any
   * batch a `resume` that died part-way left out. @throws SmsCampaignNotFoundException
   */
  async resume(id: string): Promise<SmsCampaignStatus> {
    const resumed = await this.#ledger.resume(id);
    if (resumed === 'missing') throw new SmsCampaignNotFoundException(id);
    if (resumed !== 'over') {
      const schedule = await this.#schedule(id);
      for await (const parked of this.#ledger.parked(id)) {
        await this.#jobs.add(id, parked, schedule, resumed.generation);
        await this.#ledger.unpark(id, parked);
      }
    }
    return this.status(id);
  }

  /**
   * Cancels the campaign, from any process: its pending batches are skipped and never sent; batches being sent
   * settle. A finished campaign is left as it is. @throws SmsCampaignNotFoundException
   */
  async cancel(id: string): Promise<SmsCampaignStatus> {
    const cancelled = await this.#ledger.cancel(id);
    if (cancelled === 'missing') throw new SmsCampaignNotFoundException(id);
    if (cancelled === 'cancelled') {
      for await (const withdrawn of withdrawPending(this.#ledger, this.#jobs, id)) void withdrawn;
      this.#logger.log(`Campaign ${id} cancelled`);
    }
    return this.status(id);
  }

  async #read(id: string): Promise<CampaignHash> {
    const hash = await this.#ledger.read(id);
    if (hash === undefined) throw new SmsCampaignNotFoundException(id);
    return hash;
  }

  async #schedule(id: string): Promise<JobSchedule> {
    const schedule = await this.#ledger.schedule(id);
    if (schedule === undefined) throw new SmsCampaignNotFoundException(id);
    return schedule;
  }
}
