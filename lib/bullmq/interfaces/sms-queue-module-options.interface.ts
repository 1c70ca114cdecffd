import type { RedisOptions } from 'ioredis';

/** A limit on requests to the provider that every worker process of the queue keeps together. */
export interface SmsQueueRateLimit {
  /** At most this many requests… */
  requests: number;
  /**
   * …in any window of this many milliseconds. Batches start one at a time, `(perMs + 100) / requests` apart: the 100 ms
   * keep the first request of a worker process, which takes longer, from coming too near the next one.
   */
  perMs: number;
}

/** How a batch that failed where the provider cannot have accepted it goes back to the queue. */
export interface SmsQueueRetryOptions {
  /** Tries of a batch in all, the first included; `1` turns queue retries off. Default `5`. */
  attempts?: number;
  /** The wait before the first retry, in milliseconds, doubled before each next one. Default `1000`. */
  baseDelayMs?: number;
}

/** How `SmsQueueModule` reaches Redis, sends, and works the queue. */
export interface SmsQueueModuleOptions {
  /**
   * Redis: a URL (`redis://host:6379/0`, `rediss://…`), the path of a Unix socket, or ioredis options. Leave it out to reuse the application's
   * `BullModule.forRoot` configuration: the one registered under `configKey`, or the default one.
   */
  connection?: string | RedisOptions;
  /** The prefix of every Redis key of the queue and of the campaigns. Default `'sms'`. */
  prefix?: string;
  /** The name of the `SmsModule` instance the batches are checked and sent through. Default: the unnamed one. */
  instance?: string;
  /** Batches sent at once by this process's worker. Default `4`. */
  concurrency?: number;
  /** The provider's limit, kept by every worker process of the queue together. Default: none. */
  rateLimit?: SmsQueueRateLimit;
  /**
   * Whether this process works the queue. `false` for processes that only start, watch and control campaigns.
   * Default `true`.
   */
  worker?: boolean;
  /**
   * How long a worker's hold on a batch lasts without being renewed, in milliseconds. A batch whose worker died
   * is settled by another worker once its hold has lapsed and a stalled check has seen it. Default `15000`.
   */
  lockDurationMs?: number;
  /** How often each worker looks for batches whose worker died, in milliseconds. Default `5000`. */
  stalledIntervalMs?: number;
  /**
   * Queue retries of batches the provider cannot have accepted (refused, unreachable, 429, 503). A campaign keeps
   * those of the process that started it, as it keeps its `sendAt`.
   */
  retry?: SmsQueueRetryOptions;
}

/**
 * A class that builds the options of `SmsQueueModule.forRootAsync({ useClass })` (or `useExisting`).
 *
 * @example
 * ```ts
 * @Injectable()
 * export class SmsQueueConfig implements SmsQueueOptionsFactory {
 *   constructor(private readonly config: ConfigService) {}
 *   createSmsQueueOptions(): SmsQueueModuleOptions {
 *     return { connection: this.config.getOrThrow('REDIS_URL'), worker: this.config.get('ROLE') !== 'web' };
 *   }
 * }
 * ```
 */
export interface SmsQueueOptionsFactory {
  /** The options of `SmsQueueModule`, checked when the application starts. */
  createSmsQueueOptions(): SmsQueueModuleOptions | Promise<SmsQueueModuleOptions>;
}
