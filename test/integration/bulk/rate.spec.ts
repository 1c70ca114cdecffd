import { describe, expect, it } from '@jest/globals';
import { campaign, CountingSource, numbers } from '../../support/receptor-sources.js';
import { useSmsProvider } from '../../support/sms-provider.fixture.js';

const fixture = useSmsProvider({ timeout: 2_000 });
const { provider } = fixture;

/** When the provider accepted each send, in milliseconds, in order. */
const acceptedAt = () => provider.messages.map((message) => message.time.getTime()).sort((a, b) => a - b);

describe('SmsService.sendBulk, pacing', () => {
  it('starts at most rate.requests requests in any window of rate.perMs', async () => {
    const rate = { requests: 3, perMs: 250 };
    const began = Date.now();
    const result = await fixture.sms.sendBulk(campaign(numbers(12)), { chunkSize: 1, concurrency: 4, rate });

    expect(result.accepted).toBe(12);
    const times = acceptedAt();
    // Request i + 3 starts a whole window after request i. The provider sees a request a little after it starts,
    // by a varying delay, so the spacing it sees is checked with some slack; the total duration without any.
    for (let i = 0; i + rate.requests < times.length; i += 1)
      expect(times[i + rate.requests] - times[i]).toBeGreaterThanOrEqual(rate.perMs - 100);
    expect(times[times.length - 1] - began).toBeGreaterThanOrEqual(3 * rate.perMs - 2);
  });

  it('holds every request of the campaign, not only the one that got it, for a 429 Retry-After', async () => {
    // Of the first three requests, one gets a 429 asking for a second, the other two are answered after 100 ms.
    provider
      .failNext({ status: 429, body: '', headers: { 'retry-after': '1' } })
      .failNext({ delayMs: 100 }, 2);
    const began = Date.now();
    let requestsMidPause = -1;
    const midPause = setTimeout(() => (requestsMidPause = provider.requests.length), 600);
    const result = await fixture.sms.sendBulk(campaign(numbers(9)), { chunkSize: 1, concurrency: 3 });
    clearTimeout(midPause);

    expect(result).toMatchObject({ complete: true, accepted: 9 });
    expect(requestsMidPause).toBe(3);
    const beforePause = acceptedAt().filter((time) => time < began + 1_000);
    expect(beforePause).toHaveLength(2);
    expect(provider.requests).toHaveLength(10);
  });

  it('wakes requests waiting for the rate window when the campaign is aborted', async () => {
    const controller = new AbortController();
    const result = await fixture.sms.sendBulk(campaign(numbers(30)), {
      chunkSize: 10,
      concurrency: 3,
      rate: { requests: 1, perMs: 60_000 },
      signal: controller.signal,
      onBatch: () => controller.abort(),
    });
    expect(result).toMatchObject({ complete: false, stoppedBy: 'aborted', accepted: 10, skipped: 20 });
    expect(provider.requests).toHaveLength(1);
  });

  it('starts no more requests than there are batches, reading the source one next() at a time', async () => {
    const source = new CountingSource(numbers(1));
    const result = await fixture.sms.sendBulk(campaign(source), { concurrency: 256 });
    expect(result).toMatchObject({ complete: true, accepted: 1 });
    expect(provider.requests).toHaveLength(1);
    expect(source.nextCalls).toBe(2);
    expect(source.maxPending).toBe(1);
    expect(source.returnCalled).toBe(false);
  });
});
