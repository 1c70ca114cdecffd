import type { Redis, RedisOptions } from 'ioredis';
import { SmsOptionsError } from '../../exceptions/index.js';
import type { SmsQueueModuleOptions, SmsQueueRetryOptions } from '../interfaces/index.js';
import { type QueueLimiter, queueLimiter } from './queue-limiter.js';
import { MIN_INTERVAL_MS, SMS_QUEUE_DEFAULTS } from './sms-queue-options.defaults.js';

/** Redis as the module reaches it: ioredis options (a URL among them), or the application's own ioredis client. */
export type QueueRedis = { options: RedisOptions & { url?: string } } | { client: Redis };

/** The application's `BullModule.forRoot` configuration, when the module reuses it. */
export interface SharedBullConfig {
  /** The key it was registered under; `undefined` for the default one. */
  configKey?: string;
  /** The configuration, if the application registered one. */
  config?: { connection?: unknown };
}

/** `SmsQueueModuleOptions`, checked, with every default applied and Redis resolved. */
export interface ResolvedSmsQueueOptions {
  redis: QueueRedis;
  prefix: string;
  instance?: string;
  concurrency: number;
  limiter: QueueLimiter;
  worker: boolean;
  lockDurationMs: number;
  stalledIntervalMs: number;
  retry: Required<SmsQueueRetryOptions>;
}

/** Checks the options, applies the defaults, and finds Redis; throws `SmsOptionsError` naming a bad option. */
export function resolveSmsQueueOptions(
  options: SmsQueueModuleOptions,
  shared: SharedBullConfig = {},
): ResolvedSmsQueueOptions {
  if (typeof options !== 'object' || options === null) {
    throw new SmsOptionsError('options', 'must be an object');
  }
  const defaults = SMS_QUEUE_DEFAULTS;
  const { prefix = defaults.prefix, instance, rateLimit, worker = defaults.worker } = options;
  if (typeof prefix !== 'string' || !/^\S+$/.test(prefix)) {
    throw new SmsOptionsError('prefix', 'must be a non-empty string without spaces');
  }
  if (instance !== undefined && (typeof instance !== 'string' || instance.trim() === '')) {
    throw new SmsOptionsError('instance', 'must be the non-empty name of an SmsModule instance');
  }
  if (rateLimit !== undefined) {
    if (typeof rateLimit !== 'object' || rateLimit === null) {
      throw new SmsOptionsError('rateLimit', 'must be an object { requests, perMs }');
    }
    positiveInteger('rateLimit.requests', rateLimit.requests, 1);
    positiveInteger('rateLimit.perMs', rateLimit.perMs, 1);
  }
  if (typeof worker !== 'boolean') throw new SmsOptionsError('worker', 'must be true or false');
  const retry = options.retry ?? {};
  if (typeof retry !== 'object' || retry === null) {
    throw new SmsOptionsError('retry', 'must be an object { attempts?, baseDelayMs? }');
  }
  return {
    redis: resolveRedis(options.connection, shared),
    prefix,
    ...(instance === undefined ? {} : { instance }),
    concurrency: positiveInteger('concurrency', options.concurrency ?? defaults.concurrency, 1),
    limiter: queueLimiter(rateLimit),
    worker,
    lockDurationMs: positiveInteger(
      'lockDurationMs',
      options.lockDurationMs ?? defaults.lockDurationMs,
      MIN_INTERVAL_MS,
    ),
    stalledIntervalMs: positiveInteger(
      'stalledIntervalMs',
      options.stalledIntervalMs ?? defaults.stalledIntervalMs,
      MIN_INTERVAL_MS,
    ),
    retry: {
      attempts: positiveInteger('retry.attempts', retry.attempts ?? defaults.retry.attempts, 1),
      baseDelayMs: positiveInteger('retry.baseDelayMs', retry.baseDelayMs ?? defaults.retry.baseDelayMs, 1),
    },
  };
}

function positiveInteger(option: string, value: unknown, least: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < least) {
    throw new SmsOptionsError(option, `must be a whole number, at least ${least}`);
  }
  return value;
}

function resolveRedis(connection: unknown, { configKey, config }: SharedBullConfig): QueueRedis {
  if (configKey !== undefined) {
    if (typeof configKey !== 'string' || configKey.trim() === '') {
      throw new SmsOptionsError('configKey', 'must be a non-empty string');
    }
    if (connection !== undefined) {
      throw new SmsOptionsError('configKey', 'cannot be given with connection: give one of them');
    }
    if (config === undefined) {
      throw new SmsOptionsError('configKey', `names no BullModule.forRoot('${configKey}', …) configuration`);
    }
    return sharedRedis('configKey', config.connection);
  }
  if (connection === undefined) {
    if (config === undefined) {
      throw new SmsOptionsError(
        'connection',
        'is required: a Redis URL or ioredis options, or a BullModule.forRoot configuration to reuse',
      );
    }
    return sharedRedis('connection', config.connection);
  }
  if (typeof connection === 'string') {
    if (!/^(rediss?:\/\/|\/)\S+$/.test(connection)) {
      throw new SmsOptionsError(
        'connection',
        "must be a redis:// or rediss:// URL, a Unix socket's path, or ioredis options",
      );
    }
    return { options: { url: connection } };
  }
  if (typeof connection !== 'object' || connection === null || Array.isArray(connection)) {
    throw new SmsOptionsError('connection', 'must be a Redis URL or ioredis options');
  }
  if ('keyPrefix' in connection) {
    throw new SmsOptionsError(
      'connection',
      'must not set keyPrefix, which BullMQ does not take: set prefix instead',
    );
  }
  return { options: connection };
}

/** Redis as a `BullModule.forRoot` configuration gives it: ioredis options, or an ioredis client. */
function sharedRedis(option: string, connection: unknown): QueueRedis {
  if (typeof connection === 'object' && connection !== null) {
    const candidate = connection as { duplicate?: unknown; options?: unknown };
    if (typeof candidate.duplicate === 'function' && typeof candidate.options === 'object') {
      return { client: connection as Redis };
    }
    return { options: connection };
  }
  throw new SmsOptionsError(
    option,
    'reuses a BullModule configuration whose connection is not ioredis options or a client',
  );
}
