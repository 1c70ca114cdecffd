import { describe, expect, it } from '@jest/globals';
import { queueLimiter, START_JITTER_MS } from '../../../../lib/bullmq/options/queue-limiter.js';

describe('queueLimiter', () => {
  it.each([
    [
      { requests: 5, perMs: 1_000 },
      { max: 1, duration: 220 },
    ],
    [
      { requests: 3, perMs: 1_000 },
      { max: 1, duration: 367 },
    ],
    [
      { requests: 1, perMs: 60_000 },
      { max: 1, duration: 60_100 },
    ],
    [
      { requests: 50, perMs: 1_000 },
      { max: 1, duration: 22 },
    ],
    [
      { requests: 5_000, perMs: 1_000 },
      { max: 1, duration: 1 },
    ],
  ])('starts the jobs of %j one at a time: %j', (rate, limiter) => {
    expect(queueLimiter(rate)).toEqual(limiter);
  });

  it.each([
    [5, 1_000],
    [7, 1_000],
    [50, 1_000],
    [2, 300],
  ])(
    'keeps %i requests in every window of %i ms, though the first ones reach the provider late',
    (requests, perMs) => {
      const { duration } = queueLimiter({ requests, perMs });
      // Jobs start `duration` apart; the first request of each of two worker processes is late by up to the allowance.
      const arrivals = Array.from(
        { length: 4 * requests },
        (_, at) => at * duration + (at < 2 ? START_JITTER_MS / 2 : 0),
      );
      for (const from of arrivals) {
        expect(arrivals.filter((at) => at >= from && at < from + perMs).length).toBeLessThanOrEqual(requests);
      }
    },
  );

  it('sets a limit no queue reaches when there is no rate limit, so that a 429 can hold the queue', () => {
    expect(queueLimiter(undefined)).toEqual({ max: 2 ** 30, duration: 1_000 });
  });
});
