import { expect, it } from '@jest/globals';
import { expectEveryReceptorCounted, useQueue } from '../../support/queue-fixture.js';
import { describeWithRedis } from '../../support/redis.js';
import { mobileNumbers, waitFor } from '../../support/wait-for.js';

describeWithRedis('a worker process killed while its request is at the provider', () => {
  // One batch at a time per worker, and a lock that lapses a second after its worker died.
  const queue = useQueue('crash', {
    workers: 0,
    queue: { concurrency: 1, lockDurationMs: 1_000, stalledIntervalMs: 500 },
  });

  it('is not sent again: its batch ends unknown, the other worker sends the rest, and the totals add up', async () => {
    const { provider, harness } = queue;
    const doomed = await queue.startWorker();
    provider.failNext({ delayMs: 60_000 });
    const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(1_000) });
    await waitFor(() => provider.inFlight > 0);
    const held = (provider.requests[0].json as { receptors: string[] }).receptors;

    const survivor = await queue.startWorker();
    await doomed.kill();
    const result = await harness.campaigns.result(id);

    expect(result).toMatchObject({
      state: 'completed',
      total: 1_000,
      accepted: 900,
      unknown: 100,
      failed: 0,
    });
    expectEveryReceptorCounted(result);
    expect(queue.receivedReceptors().filter((receptor) => held.includes(receptor))).toHaveLength(held.length);
    expect(provider.messages.flatMap((message) => message.receptors)).toHaveLength(900);

    const unknown = [];
    for await (const batch of harness.campaigns.batches(id, { status: 'unknown' })) unknown.push(batch);
    expect(unknown).toEqual([
      expect.objectContaining({
        receptors: held,
        status: 'unknown',
        error: expect.objectContaining({ code: 'SMS_SEND_INTERRUPTED', maybeSent: true }) as unknown,
      }),
    ]);
    expect(survivor.output).toContain('its worker stopped while sending it; settled as unknown');
    expect(survivor.output).not.toMatch(/09\d{9}/);
  }, 30_000);
});
