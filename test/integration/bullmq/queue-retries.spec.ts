import { expect, it } from '@jest/globals';
import type { SmsCampaignBatch } from '../../../lib/bullmq/index.js';
import { expectEveryReceptorCounted, useQueue } from '../../support/queue-fixture.js';
import { describeWithRedis } from '../../support/redis.js';
import { mobileNumbers } from '../../support/wait-for.js';

describeWithRedis("the queue's retries: only what the provider cannot have accepted", () => {
  // SmsModule tries each request once, so that every retry is the queue's: two tries a batch, 200 ms apart.
  const queue = useQueue('retries', {
    workers: 2,
    queue: { concurrency: 1, retry: { attempts: 2, baseDelayMs: 200 } },
    sms: { retry: { attempts: 1 }, timeout: 300 },
  });

  async function batches(id: string): Promise<SmsCampaignBatch[]> {
    const all: SmsCampaignBatch[] = [];
    for await (const batch of queue.harness.campaigns.batches(id)) all.push(batch);
    return all;
  }

  it('gives a batch refused with 503 back to the queue, and sends it on its next try', async () => {
    const { provider, harness } = queue;
    provider.failNext({ status: 503, body: 'Service Unavailable' });
    const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(300) });
    const result = await harness.campaigns.result(id);

    expect(result).toMatchObject({ state: 'completed', accepted: 300, failed: 0, unknown: 0 });
    expect(provider.requests).toHaveLength(4);
    expect(provider.messages).toHaveLength(3);
  }, 20_000);

  it('fails a batch refused on its last try, unsent', async () => {
    const { provider, harness } = queue;
    provider.failNext({ status: 503, body: 'Service Unavailable' }, 2);
    const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(100) });
    const result = await harness.campaigns.result(id);

    expect(result).toMatchObject({ state: 'completed', total: 100, failed: 100 });
    expectEveryReceptorCounted(result);
    expect(provider.requests).toHaveLength(2);
    expect(await batches(id)).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: expect.objectContaining({ code: 'SMS_PROVIDER_ERROR', maybeSent: false }) as unknown,
      }),
    ]);
  }, 20_000);

  it('settles a batch that may have gone out (a timeout) as unknown, and never sends it again', async () => {
    const { provider, harness } = queue;
    provider.failNext({ delayMs: 1_000 });
    const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(300) });
    const result = await harness.campaigns.result(id);

    expect(result).toMatchObject({ state: 'completed', accepted: 200, unknown: 100, failed: 0 });
    expect(provider.requests).toHaveLength(3);
    const unknown = (await batches(id)).filter((batch) => batch.status === 'unknown');
    expect(unknown).toEqual([
      expect.objectContaining({
        error: expect.objectContaining({ code: 'SMS_TIMEOUT', maybeSent: true }) as unknown,
      }),
    ]);
  }, 20_000);
});
