import { describe, expect, it } from '@jest/globals';
import type { MockSmsProvider } from '../../../lib/testing/index.js';
import { useQueue } from '../../support/queue-fixture.js';
import { describeWithRedis } from '../../support/redis.js';
import { mobileNumbers } from '../../support/wait-for.js';

/** The most requests the provider received in any window of `windowMs`. */
function busiestWindow(provider: MockSmsProvider, windowMs: number): number {
  const times = provider.messages.map((message) => message.time.getTime()).sort((a, b) => a - b);
  return Math.max(...times.map((from) => times.filter((at) => at >= from && at < from + windowMs).length));
}

describeWithRedis('the rate limit, shared by every worker process', () => {
  describe('two worker processes with rateLimit { requests: 5, perMs: 1000 }', () => {
    const queue = useQueue('rate', {
      workers: 2,
      queue: { concurrency: 4, rateLimit: { requests: 5, perMs: 1_000 } },
    });

    it('never let more than 5 requests reach the provider in any one-second window', async () => {
      const id = await queue.harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(1_200) });
      const result = await queue.harness.campaigns.result(id);

      expect(result).toMatchObject({ state: 'completed', accepted: 1_200 });
      expect(queue.provider.messages).toHaveLength(12);
      expect(busiestWindow(queue.provider, 1_000)).toBeLessThanOrEqual(5);
    }, 20_000);
  });

  describe('a 429 with Retry-After', () => {
    // SmsModule tries each request once, so that the 429 reaches the queue at once; the queue tries each batch once,
    // so that a 429 that used up a try would fail its batch.
    const queue = useQueue('hold', {
      workers: 2,
      queue: { concurrency: 1, retry: { attempts: 1 } },
      sms: { retry: { attempts: 1 } },
    });

    it('holds every worker process for that long, and uses up no try', async () => {
      const { provider, harness } = queue;
      const arrivals: number[] = [];
      const watcher = setInterval(() => {
        while (arrivals.length < provider.requests.length) arrivals.push(Date.now());
      }, 2);
      provider.failNext({ status: 429, headers: { 'retry-after': '1' }, body: '' });
      const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(600) });
      const result = await harness.campaigns.result(id);
      clearInterval(watcher);

      expect(result).toMatchObject({ state: 'completed', accepted: 600, failed: 0 });
      expect(provider.requests).toHaveLength(7);
      const [refused] = arrivals;
      // Requests already on their way when the 429 came back may arrive just after it; none in the second after.
      expect(arrivals.filter((at) => at > refused + 100 && at < refused + 950)).toEqual([]);
      expect(arrivals.filter((at) => at >= refused + 950).length).toBeGreaterThan(0);
    }, 20_000);
  });
});
