import type { SmsQueueRateLimit } from '../interfaces/index.js';

/** A BullMQ worker's `limiter`: at most `max` jobs started in each window of `duration` milliseconds. */
export interface QueueLimiter {
  max: number;
  duration: number;
}

/**
 * A limit no queue reaches, for a queue without `rateLimit`: BullMQ honours a rate limit set by hand (after a 429)
 * only on a worker with a limiter.
 */
const UNLIMITED: QueueLimiter = { max: 2 ** 30, duration: 1_000 };

/**
 * What may come between a job's start and its request reaching the provider, in milliseconds, over a window: the
 * first request of a worker process takes longer than the next ones (code not yet compiled, a connection to
 * open), and a busy machine delays one request more than another, which would bring it nearer the request after
 * it. Measured on two loaded cores: up to 45 ms.
 */
export const START_JITTER_MS = 100;

/**
 * The BullMQ limiter that keeps `rate` at the provider in every window, not only in fixed ones. BullMQ counts jobs in
 * fixed windows that begin with their first job, so `max: requests` in `duration: perMs` could start
 * `2 × requests` jobs within `perMs`, across the edge of two windows. Started one at a time, `(perMs +
 * START_JITTER_MS) / requests` apart (in whole milliseconds, at least one), no more than `requests` jobs reach the
 * provider in any `perMs`, even when the first requests are late.
 */
export function queueLimiter(rate: SmsQueueRateLimit | undefined): QueueLimiter {
  if (rate === undefined) return UNLIMITED;
  return { max: 1, duration: Math.max(1, Math.ceil((rate.perMs + START_JITTER_MS) / rate.requests)) };
}
