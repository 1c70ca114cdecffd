import { describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { SmsOptionsError } from '../../../../lib/index.js';
import type { SmsQueueModuleOptions } from '../../../../lib/bullmq/index.js';
import {
  resolveSmsQueueOptions,
  type SharedBullConfig,
} from '../../../../lib/bullmq/options/sms-queue-options.resolver.js';

const URL = 'redis://127.0.0.1:6379/0';

describe('resolveSmsQueueOptions', () => {
  it('applies the defaults', () => {
    expect(resolveSmsQueueOptions({ connection: URL })).toEqual({
      redis: { options: { url: URL } },
      prefix: 'sms',
      concurrency: 4,
      limiter: { max: 2 ** 30, duration: 1_000 },
      worker: true,
      lockDurationMs: 15_000,
      stalledIntervalMs: 5_000,
      retry: { attempts: 5, baseDelayMs: 1_000 },
    });
  });

  it('keeps what is given', () => {
    expect(
      resolveSmsQueueOptions({
        connection: { host: 'redis', port: 6380 },
        prefix: '{sms}',
        instance: 'otp',
        concurrency: 16,
        rateLimit: { requests: 5, perMs: 1_000 },
        worker: false,
        lockDurationMs: 1_000,
        stalledIntervalMs: 500,
        retry: { attempts: 1, baseDelayMs: 50 },
      }),
    ).toEqual({
      redis: { options: { host: 'redis', port: 6380 } },
      prefix: '{sms}',
      instance: 'otp',
      concurrency: 16,
      limiter: { max: 1, duration: 220 },
      worker: false,
      lockDurationMs: 1_000,
      stalledIntervalMs: 500,
      retry: { attempts: 1, baseDelayMs: 50 },
    });
  });

  it('takes a Unix socket as the connection', () => {
    expect(resolveSmsQueueOptions({ connection: '/run/redis.sock' }).redis).toEqual({
      options: { url: '/run/redis.sock' },
    });
  });

  it.each<[string, unknown, string]>([
    ['a URL of another scheme', { connection: 'http://redis' }, 'connection'],
    ['an empty URL', { connection: '' }, 'connection'],
    ['an array as the connection', { connection: [] }, 'connection'],
    ['ioredis options with a keyPrefix', { connection: { keyPrefix: 'app:' } }, 'connection'],
    ['no Redis at all', {}, 'connection'],
    ['an empty prefix', { connection: URL, prefix: '' }, 'prefix'],
    ['a prefix with a space', { connection: URL, prefix: 'my sms' }, 'prefix'],
    ['a blank instance', { connection: URL, instance: ' ' }, 'instance'],
    ['a concurrency of 0', { connection: URL, concurrency: 0 }, 'concurrency'],
    ['a fractional concurrency', { connection: URL, concurrency: 1.5 }, 'concurrency'],
    [
      'a rate limit of 0 requests',
      { connection: URL, rateLimit: { requests: 0, perMs: 1_000 } },
      'rateLimit.requests',
    ],
    ['a rate limit without perMs', { connection: URL, rateLimit: { requests: 5 } }, 'rateLimit.perMs'],
    ['a rate limit that is a number', { connection: URL, rateLimit: 5 }, 'rateLimit'],
    ['a worker option that is a string', { connection: URL, worker: 'no' }, 'worker'],
    ['a 10 ms lock', { connection: URL, lockDurationMs: 10 }, 'lockDurationMs'],
    [
      'a stalled interval that is a string',
      { connection: URL, stalledIntervalMs: '500' },
      'stalledIntervalMs',
    ],
    ['no tries at all', { connection: URL, retry: { attempts: 0 } }, 'retry.attempts'],
    ['a retry that is a number', { connection: URL, retry: 3 }, 'retry'],
    ['options that are not an object', null, 'options'],
  ])('names the option at fault for %s', (_case, options, option) => {
    expect(() => resolveSmsQueueOptions(options as SmsQueueModuleOptions)).toThrow(
      expect.objectContaining({ name: 'SmsOptionsError', option }),
    );
  });

  describe('with an application BullModule.forRoot configuration', () => {
    const shared = (config?: SharedBullConfig['config'], configKey?: string): SharedBullConfig => ({
      configKey,
      config,
    });

    it('reuses the default configuration when no connection is given', () => {
      expect(resolveSmsQueueOptions({}, shared({ connection: { host: 'redis' } })).redis).toEqual({
        options: { host: 'redis' },
      });
    });

    it('prefers its own connection to the default configuration', () => {
      expect(
        resolveSmsQueueOptions({ connection: URL }, shared({ connection: { host: 'redis' } })).redis,
      ).toEqual({
        options: { url: URL },
      });
    });

    it('reuses the configuration under configKey, an ioredis client included', () => {
      const client = new Redis({ lazyConnect: true });
      expect(resolveSmsQueueOptions({}, shared({ connection: client }, 'queues')).redis).toEqual({ client });
      client.disconnect();
    });

    it.each<[string, SmsQueueModuleOptions, SharedBullConfig, string]>([
      ['a configKey without a configuration', {}, shared(undefined, 'queues'), 'configKey'],
      [
        'a configKey with a connection',
        { connection: URL },
        shared({ connection: {} }, 'queues'),
        'configKey',
      ],
      ['a configKey that is blank', {}, shared({ connection: {} }, ' '), 'configKey'],
      ['a configuration without a connection', {}, shared({}), 'connection'],
    ])('throws SmsOptionsError for %s', (_case, options, config, option) => {
      const error = (() => {
        try {
          resolveSmsQueueOptions(options, config);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(SmsOptionsError);
      expect((error as SmsOptionsError).option).toBe(option);
    });
  });
});
