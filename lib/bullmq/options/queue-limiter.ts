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
 * The BullMQ limiter that keeps `rate` in every window, not only in fixed ones: BullMQ counts jobs in fixed windows
 * that begin with their first job, so `max: requests` in `duration: perMs` could start `2 × requests` jobs within
 * `perMs` across the edge of two windows. One job per `perMs / requests` (rounded up) starts no more than
 * `requests` in any `perMs`. Only beyond one request a millisecond, where the windows are too fine to matter, are
 * fixed windows kept.
 */
export function queueLimiter(rate: SmsQueueRateLimit | undefined): QueueLimiter {
  if (rate === undefined) return UNLIMITED;
  const spacing = rate.perMs / rate.requests;
  return spacing >= 1
    ? { max: 1, duration: Math.ceil(spacing) }
    : { max: rate.requests, duration: rate.perMs };
}
