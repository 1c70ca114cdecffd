import { describe, expect, it } from '@jest/globals';
import { CampaignPacer } from '../../../lib/bulk/campaign-pacer.js';

/** Whether `promise` is still pending after the event loop has turned. */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  const turned = new Promise((resolve) => setImmediate(() => resolve(pending)));
  return (await Promise.race([promise, turned])) === pending;
}

describe('CampaignPacer', () => {
  it('lets requests start at once without a rate or a pause', async () => {
    const pacer = new CampaignPacer();
    await expect(Promise.all([pacer.start(), pacer.start(), pacer.start()])).resolves.toEqual([
      true,
      true,
      true,
    ]);
  });

  it('holds the start after rate.requests in a window, counting retries, until the campaign stops', async () => {
    const pacer = new CampaignPacer({ requests: 2, perMs: 60_000 });
    await expect(pacer.start()).resolves.toBe(true);
    await pacer.beforeRetry();
    const third = pacer.start();
    expect(await isPending(third)).toBe(true);
    pacer.halt(false);
    await expect(third).resolves.toBe(false);
    await expect(pacer.start()).resolves.toBe(false);
  });

  it('holds every start while the provider asked to wait', async () => {
    const pacer = new CampaignPacer();
    pacer.tryLater(60_000);
    const held = [pacer.start(), pacer.start()];
    expect(await isPending(held[0])).toBe(true);
    pacer.halt(true);
    await expect(Promise.all(held)).resolves.toEqual([false, false]);
  });

  it('keeps a retry of a request in flight waiting its turn after a stop, but not after an abort', async () => {
    const pacer = new CampaignPacer({ requests: 1, perMs: 60_000 });
    await pacer.start();
    const retry = pacer.beforeRetry();
    pacer.halt(false);
    expect(await isPending(retry)).toBe(true);
    pacer.halt(true);
    await expect(retry).resolves.toBeUndefined();
  });

  it('lets a start through once the window has passed', async () => {
    const pacer = new CampaignPacer({ requests: 1, perMs: 20 });
    await pacer.start();
    await expect(pacer.start()).resolves.toBe(true);
  });
});
