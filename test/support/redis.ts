import { describe } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * The Redis of the test run (started by `redis.global-setup.mjs`, or REDIS_URL): a Unix socket's path or a URL, as
 * `SmsQueueModule`'s `connection` takes it; `undefined` when there is none, and the queue tests are skipped.
 */
export const TEST_REDIS = process.env.SMS_TEST_REDIS;

/** `describe` when the run has a Redis; `describe.skip` otherwise (the global set-up said why, once). */
export const describeWithRedis: typeof describe.skip = TEST_REDIS === undefined ? describe.skip : describe;

/** A key prefix of a test's own, so that the specs sharing the run's Redis never meet. */
export function testPrefix(name: string): string {
  return `t-${name}-${randomBytes(4).toString('hex')}`;
}

/** An ioredis client of the run's Redis, for a test to look at what the module wrote. Quit it after. */
export function testRedisClient(): Redis {
  if (TEST_REDIS === undefined) throw new Error('no Redis in this run');
  return TEST_REDIS.startsWith('/') ? new Redis({ path: TEST_REDIS }) : new Redis(TEST_REDIS);
}

/** Deletes every key under `prefix`: the keys a spec left in a shared Redis (REDIS_URL). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}
