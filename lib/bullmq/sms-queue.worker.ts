import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { BatchJobData, CampaignJobs } from './campaign-jobs.js';
import {
  CAMPAIGN_JOBS,
  CAMPAIGN_LEDGER,
  SMS_QUEUE_LOG_CONTEXT,
  SMS_QUEUE_RESOLVED_OPTIONS,
} from './sms-queue.constants.js';
import { BATCH_QUEUE } from './ledger/campaign-keys.js';
import type { CampaignLedger } from './ledger/campaign-ledger.js';
import type { ResolvedSmsQueueOptions } from './options/sms-queue-options.resolver.js';
import { SmsBatchProcessor } from './sms-batch.processor.js';
import { SmsInstanceRef } from './sms-instance.ref.js';
import { SmsQueueConnection } from './sms-queue.connection.js';

/**
 * How often a job may stall (its worker died, or held the event loop past its lock) and still be run again, for
 * its batch to be settled; past that, BullMQ fails it, and the batch is settled all the same.
 */
const MAX_STALLED_COUNT = 5;

/**
 * This process's BullMQ worker, when the module's `worker` option is on: it starts once the application has
 * started, and closes with the module, after the batches it is sending have settled.
 */
@Injectable()
export class SmsQueueWorker implements OnApplicationBootstrap, OnModuleDestroy {
  readonly #options: ResolvedSmsQueueOptions;
  readonly #connection: SmsQueueConnection;
  readonly #processor: SmsBatchProcessor;
  readonly #logger = new Logger(SMS_QUEUE_LOG_CONTEXT);
  #worker?: Worker<BatchJobData>;

  constructor(
    @Inject(SMS_QUEUE_RESOLVED_OPTIONS) options: ResolvedSmsQueueOptions,
    connection: SmsQueueConnection,
    @Inject(CAMPAIGN_LEDGER) ledger: CampaignLedger,
    @Inject(CAMPAIGN_JOBS) jobs: CampaignJobs,
    instance: SmsInstanceRef,
  ) {
    this.#options = options;
    this.#connection = connection;
    this.#processor = new SmsBatchProcessor({
      ledger,
      jobs,
      sms: () => instance.service,
      logger: this.#logger,
    });
  }

  onApplicationBootstrap(): void {
    if (!this.#options.worker) return;
    // Sent before any job's first command on the same connection, so it need not be awaited.
    this.#processor
      .prepare()
      .catch((error: unknown) => this.#logger.warn(`Loading scripts: ${String(error)}`));
    const options = this.#options;
    const worker = new Worker<BatchJobData>(BATCH_QUEUE, (job) => this.#processor.process(job), {
      connection: this.#connection.bullConnection,
      prefix: options.prefix,
      autorun: false,
      concurrency: options.concurrency,
      limiter: options.limiter,
      lockDuration: options.lockDurationMs,
      stalledInterval: options.stalledIntervalMs,
      maxStalledCount: MAX_STALLED_COUNT,
    });
    worker.on('error', (error: Error) => this.#logger.error(`BullMQ worker: ${error.message}`));
    worker.on('failed', (job: Job<BatchJobData> | undefined, error: Error) => {
      if (job?.finishedOn === undefined) return;
      this.#processor
        .abandoned(job, error.message)
        .catch((settleError: unknown) =>
          this.#logger.error(`Settling a job BullMQ gave up: ${String(settleError)}`),
        );
    });
    this.#worker = worker;
    worker.run().catch((error: unknown) => this.#logger.error(`BullMQ worker stopped: ${String(error)}`));
  }

  async onModuleDestroy(): Promise<void> {
    await this.#worker?.close();
  }
}
