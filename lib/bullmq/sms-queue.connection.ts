import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type ConnectionOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { BatchJobData } from './campaign-jobs.js';
import { BATCH_QUEUE } from './ledger/campaign-keys.js';
import type { QueueRedis, ResolvedSmsQueueOptions } from './options/sms-queue-options.resolver.js';
import { SMS_QUEUE_LOG_CONTEXT, SMS_QUEUE_RESOLVED_OPTIONS } from './sms-queue.constants.js';

/**
 * The module's Redis connections: a client of its own for the ledger, a second one for pub/sub once a campaign is
 * watched, and the BullMQ queue (which opens its own). All close with the module; an application's own client,
 * reused through `BullModule.forRoot`, is copied, never closed.
 */
@Injectable()
export class SmsQueueConnection implements OnModuleDestroy {
  readonly #redis: Redis;
  readonly #queue: Queue<BatchJobData>;
  readonly #bullConnection: ConnectionOptions;
  readonly #logger = new Logger(SMS_QUEUE_LOG_CONTEXT);
  #subscriber?: Redis;

  constructor(@Inject(SMS_QUEUE_RESOLVED_OPTIONS) options: ResolvedSmsQueueOptions) {
    this.#redis = ledgerClient(options.redis);
    this.#redis.on('error', (error: Error) => this.#logger.error(`Redis: ${error.message}`));
    this.#bullConnection =
      'client' in options.redis ? options.redis.client : ({ ...options.redis.options } as ConnectionOptions);
    this.#queue = new Queue<BatchJobData>(BATCH_QUEUE, {
      connection: this.#bullConnection,
      prefix: options.prefix,
    });
    this.#queue.on('error', (error: Error) => this.#logger.error(`BullMQ queue: ${error.message}`));
  }

  /** The ledger's client. */
  get redis(): Redis {
    return this.#redis;
  }

  /** The queue of the batches. */
  get queue(): Queue<BatchJobData> {
    return this.#queue;
  }

  /** What BullMQ workers connect with. */
  get bullConnection(): ConnectionOptions {
    return this.#bullConnection;
  }

  /** A client in pub/sub mode, opened on first use. */
  subscriber(): Redis {
    if (this.#subscriber === undefined) {
      this.#subscriber = this.#redis.duplicate();
      this.#subscriber.on('error', (error: Error) => this.#logger.error(`Redis (pub/sub): ${error.message}`));
    }
    return this.#subscriber;
  }

  async onModuleDestroy(): Promise<void> {
    await this.#queue.close();
    await Promise.all([quit(this.#subscriber), quit(this.#redis)]);
  }
}

/** The ledger's own client: a copy of the application's, or one of the options. */
function ledgerClient(redis: QueueRedis): Redis {
  if ('client' in redis) return redis.client.duplicate();
  const { url, ...options } = redis.options;
  return url === undefined ? new Redis(options) : new Redis(url, options);
}

/** Closes a client, or drops it when it is not connected to say goodbye. */
async function quit(client: Redis | undefined): Promise<void> {
  if (client === undefined) return;
  if (client.status !== 'ready') return client.disconnect();
  await client.quit().catch(() => client.disconnect());
}
