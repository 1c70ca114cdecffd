import { expect, it } from '@jest/globals';
import type { SmsCampaignBatch } from '../../../lib/bullmq/index.js';
import { expectEveryReceptorCounted, useQueue } from '../../support/queue-fixture.js';
import { describeWithRedis } from '../../support/redis.js';
import { mobileNumbers } from '../../support/wait-for.js';

describeWithRedis('a campaign over two worker processes', () => {
  const queue = useQueue('two', { workers: 2, queue: { concurrency: 8 } });

  it('brings each of 100,000 receptors to the provider exactly once', async () => {
    const receptors = mobileNumbers(100_000);
    const id = await queue.harness.campaigns.start({ message: 'Our shop opens at nine', receptors });
    const result = await queue.harness.campaigns.result(id);

    expect(result).toMatchObject({ state: 'completed', total: 100_000, accepted: 100_000, pending: 0 });
    const received = queue.receivedReceptors();
    expect(received).toHaveLength(100_000);
    expect(new Set(received).size).toBe(100_000);
    expect(queue.provider.requests).toHaveLength(1_000);
  }, 60_000);

  it('halts in both workers once the credit runs out: no later batch reaches the provider', async () => {
    const { provider, harness } = queue;
    provider.credit = 1_050;
    provider.failNext({ delayMs: 20 }, 80);
    const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(8_000) });
    const result = await harness.campaigns.result(id);

    expect(result).toMatchObject({
      state: 'halted',
      total: 8_000,
      accepted: 1_000,
      pending: 0,
      haltedBy: expect.objectContaining({ code: 'SMS_INSUFFICIENT_CREDIT', maybeSent: false }) as unknown,
    });
    expectEveryReceptorCounted(result);
    expect(result.skipped).toBeGreaterThan(5_000);
    const skipped: SmsCampaignBatch[] = [];
    for await (const batch of harness.campaigns.batches(id, { status: 'skipped' })) skipped.push(batch);
    expect(skipped.length * 100).toBe(result.skipped);
    expect(skipped[0].error).toEqual(result.haltedBy);
    const received = new Set(queue.receivedReceptors());
    expect(skipped.flatMap((batch) => batch.receptors).filter((receptor) => received.has(receptor))).toEqual(
      [],
    );
    expect(provider.requests).toHaveLength((result.accepted + result.failed) / 100);
  }, 30_000);
});
