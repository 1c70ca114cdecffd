import { describe, expect, it } from '@jest/globals';
import { queueLimiter } from '../../../../lib/bullmq/options/queue-limiter.js';

describe('queueLimiter', () => {
  it.each([
    [
      { requests: 5, perMs: 1_000 },
      { max: 1, duration: 200 },
    ],
    [
      { requests: 3, perMs: 1_000 },
      { max: 1, duration: 334 },
    ],
    [
      { requests: 1, perMs: 60_000 },
      { max: 1, duration: 60_000 },
    ],
    [
      { requests: 1_000, perMs: 1_000 },
      { max: 1, duration: 1 },
    ],
    [
      { requests: 5_000, perMs: 1_000 },
      { max: 5_000, duration: 1_000 },
    ],
  ])('spaces %j as %j', (rate, limiter) => {
    expect(queueLimiter(rate)).toEqual(limiter);
  });

  it('starts no more than `requests` jobs in any window of `perMs`, even across the edge of two', () => {
    const { max, duration } = queueLimiter({ requests: 5, perMs: 1_000 });
    // BullMQ's worst case: each window's jobs start at its very beginning and its very end.
    const starts: number[] = [];
    for (let window = 0; window < 10; window += 1) {
      for (let job = 0; job < max; job += 1) starts.push(window * duration + (job === 0 ? 0 : duration - 1));
    }
    for (const from of starts)
      expect(starts.filter((at) => at >= from && at < from + 1_000).length).toBeLessThanOrEqual(5);
  });

  it('sets a limit no queue reaches when there is no rate limit, so that a 429 can hold the queue', () => {
    expect(queueLimiter(undefined)).toEqual({ max: 2 ** 30, duration: 1_000 });
  });
});
