import { expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import {
  SmsCampaignFeedError,
  SmsCampaignNotFoundException,
  type SmsCampaignStatus,
} from '../../../lib/bullmq/index.js';
import { CampaignLedger } from '../../../lib/bullmq/ledger/campaign-ledger.js';
import {
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsValidationException,
} from '../../../lib/index.js';
import { expectEveryReceptorCounted, useQueue } from '../../support/queue-fixture.js';
import { describeWithRedis, testRedisClient } from '../../support/redis.js';
import { mobileNumbers, waitFor } from '../../support/wait-for.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithRedis('campaigns controlled from a process that runs no worker', () => {
  const queue = useQueue('control', { workers: 2, queue: { concurrency: 4 } });

  /** The status, checked to account for every receptor once. */
  async function status(id: string): Promise<SmsCampaignStatus> {
    const current = await queue.harness.campaigns.status(id);
    expectEveryReceptorCounted(current);
    return current;
  }

  it('pauses a campaign: nothing more is sent until it is resumed, then every receptor goes out once', async () => {
    const { provider, harness } = queue;
    provider.failNext({ delayMs: 50 }, 40);
    const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(4_000) });
    await waitFor(async () => (await status(id)).accepted >= 800);

    expect(await harness.campaigns.pause(id)).toMatchObject({ state: 'paused' });
    await sleep(200);
    const sentWhilePausing = provider.requests.length;
    await sleep(600);
    expect(provider.requests).toHaveLength(sentWhilePausing);
    const paused = await status(id);
    expect(paused).toMatchObject({ state: 'paused' });
    expect(paused.pending).toBeGreaterThan(0);

    expect(await harness.campaigns.resume(id)).toMatchObject({ state: 'running' });
    expect(await harness.campaigns.result(id)).toMatchObject({ state: 'completed', accepted: 4_000 });
    const received = queue.receivedReceptors();
    expect(received).toHaveLength(4_000);
    expect(new Set(received).size).toBe(4_000);
  }, 20_000);

  it('cancels a campaign: its pending batches are skipped, never sent', async () => {
    const { provider, harness } = queue;
    provider.failNext({ delayMs: 50 }, 40);
    const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(4_000) });
    await waitFor(async () => (await status(id)).accepted >= 800);

    expect(await harness.campaigns.cancel(id)).toMatchObject({ state: 'cancelled' });
    const result = await harness.campaigns.result(id);
    expect(result).toMatchObject({ state: 'cancelled', total: 4_000, pending: 0, failed: 0, unknown: 0 });
    expect(result.skipped).toBeGreaterThan(0);
    expect(result.finishedAt).toBeInstanceOf(Date);
    expect(queue.receivedReceptors()).toHaveLength(result.accepted);
    for await (const batch of harness.campaigns.batches(id, { status: 'skipped' })) {
      expect(batch.error).toMatchObject({ code: 'SMS_ABORTED', maybeSent: false });
    }
    expect(await harness.campaigns.resume(id)).toMatchObject({ state: 'cancelled' });
  }, 20_000);

  it('queues nothing twice when started again with the same id', async () => {
    const { harness } = queue;
    const input = { message: 'Hello', receptors: mobileNumbers(500) };
    const id = await harness.campaigns.start(input, { id: 'same-id' });
    expect(await harness.campaigns.start(input, { id })).toBe('same-id');
    await harness.campaigns.result(id);
    expect(await harness.campaigns.start(input, { id })).toBe('same-id');
    expect(await status(id)).toMatchObject({ state: 'completed', total: 500, accepted: 500 });
    expect(queue.receivedReceptors()).toHaveLength(500);
    await expect(harness.campaigns.start({ ...input, message: 'Bye' }, { id })).rejects.toBeInstanceOf(
      SmsValidationException,
    );
  }, 20_000);

  it('goes on where a start stopped when reading its receptors failed, part-way through a batch', async () => {
    const { harness } = queue;
    const receptors = mobileNumbers(650);
    async function* failingAfter(count: number) {
      for (const receptor of receptors.slice(0, count)) yield await Promise.resolve(receptor);
      throw new Error('cursor lost');
    }
    const error = (await harness.campaigns
      .start({ message: 'Hello', receptors: failingAfter(250) }, { id: 'cursor' })
      .catch((caught: unknown) => caught)) as SmsCampaignFeedError;
    expect(error).toBeInstanceOf(SmsCampaignFeedError);
    expect(error).toMatchObject({ campaignId: 'cursor', queued: 250 });
    expect((error.cause as Error).message).toBe('cursor lost');
    await waitFor(async () => (await status('cursor')).accepted === 250);
    expect(await status('cursor')).toMatchObject({ state: 'feeding', total: 250 });

    await harness.campaigns.start({ message: 'Hello', receptors }, { id: 'cursor' });
    expect(await harness.campaigns.result('cursor')).toMatchObject({
      state: 'completed',
      total: 650,
      accepted: 650,
    });
    const received = queue.receivedReceptors();
    expect(received).toHaveLength(650);
    expect(new Set(received).size).toBe(650);
  }, 20_000);

  it('adds the jobs a start recorded but died before adding, when started again', async () => {
    const { harness } = queue;
    const redis: Redis = testRedisClient();
    const input = { message: 'Hello', receptors: mobileNumbers(300) };
    // What a start leaves when it dies between recording two batches and adding their jobs.
    const ledger = new CampaignLedger(redis, queue.prefix);
    await ledger.open('crashed', {
      parts: { sender: '10004346', message: 'Hello' },
      segments: 1,
      chunkSize: 100,
      schedule: { retry: { attempts: 5, baseDelayMs: 1_000 } },
    });
    await ledger.record('crashed', 0, [input.receptors.slice(0, 100), input.receptors.slice(100, 200)], {
      invalid: 0,
      queued: 0,
    });
    await redis.quit();

    await harness.campaigns.start(input, { id: 'crashed' });
    expect(await harness.campaigns.result('crashed')).toMatchObject({ state: 'completed', accepted: 300 });
    expect(queue.receivedReceptors()).toHaveLength(300);
  }, 20_000);

  it('holds every batch until sendAt', async () => {
    const { provider, harness } = queue;
    const sendAt = new Date(Date.now() + 1_000);
    const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(300) }, { sendAt });
    await sleep(500);
    expect(provider.requests).toHaveLength(0);
    expect(await status(id)).toMatchObject({ state: 'running', pending: 300 });

    expect(await harness.campaigns.result(id)).toMatchObject({ state: 'completed', accepted: 300 });
    for (const message of provider.messages)
      expect(message.time.getTime()).toBeGreaterThanOrEqual(sendAt.getTime());
  }, 20_000);

  it('reports snapshots as batches settle, ending with the finished campaign', async () => {
    const { harness } = queue;
    const id = await harness.campaigns.start({ message: 'Hello', receptors: mobileNumbers(2_000) });
    const snapshots: SmsCampaignStatus[] = [];
    for await (const snapshot of harness.campaigns.watch(id)) snapshots.push(snapshot);

    expect(snapshots.length).toBeGreaterThan(1);
    expect(snapshots.at(-1)).toMatchObject({ state: 'completed', accepted: 2_000, pending: 0 });
    expect(snapshots.at(-1)?.finishedAt).toBeInstanceOf(Date);
    const accepted = snapshots.map((snapshot) => snapshot.accepted);
    expect(accepted).toEqual([...accepted].sort((a, b) => a - b));
    for (const snapshot of snapshots) expectEveryReceptorCounted(snapshot);
  }, 20_000);

  it('lists each batch, with its receptors and the provider message id', async () => {
    const { provider, harness } = queue;
    const id = await harness.campaigns.start(
      { message: 'Hello', receptors: mobileNumbers(250) },
      { chunkSize: 50 },
    );
    await harness.campaigns.result(id);
    const batches = [];
    for await (const batch of harness.campaigns.batches(id)) batches.push(batch);
    expect(batches.map((batch) => batch.index)).toEqual([0, 1, 2, 3, 4]);
    expect(batches.flatMap((batch) => batch.receptors)).toEqual(mobileNumbers(250));
    expect(new Set(batches.map((batch) => batch.messageId))).toEqual(
      new Set(provider.messages.map((message) => message.messageId)),
    );
    expect(batches.every((batch) => batch.status === 'accepted')).toBe(true);
  }, 20_000);

  it('counts invalid receptors, normalises and deduplicates the rest, as sendBulk does', async () => {
    const { harness } = queue;
    const receptors = ['0912 000 0001', '+989120000001', 'not a number', '۰۹۱۲۰۰۰۰۰۰۲', 12];
    await expect(harness.campaigns.start({ message: 'Hello', receptors })).rejects.toBeInstanceOf(
      SmsInvalidReceptorException,
    );
    const fromArray = await harness.campaigns.start({ message: 'Hello', receptors }, { skipInvalid: true });
    const fromIterable = await harness.campaigns.start({ message: 'Hello', receptors: new Set(receptors) });
    for (const id of [fromArray, fromIterable]) {
      expect(await harness.campaigns.result(id)).toMatchObject({ total: 2, accepted: 2, invalid: 2 });
    }
    expect(queue.provider.messages.map((message) => message.receptors)).toEqual([
      ['09120000001', '09120000002'],
      ['09120000001', '09120000002'],
    ]);
  }, 20_000);

  it('queues nothing when the message, the sender or the options are invalid', async () => {
    const { harness } = queue;
    const receptors = mobileNumbers(10);
    await expect(
      harness.campaigns.start({ message: 'Hello', sender: 'SHOP', receptors }, { id: 'bad-sender' }),
    ).rejects.toBeInstanceOf(SmsInvalidSenderException);
    await expect(harness.campaigns.start({ message: ' ', receptors })).rejects.toBeInstanceOf(
      SmsValidationException,
    );
    await expect(
      harness.campaigns.start({ message: 'Hello', receptors }, { chunkSize: 101 }),
    ).rejects.toBeInstanceOf(SmsValidationException);
    await expect(
      harness.campaigns.start({ message: 'Hello', receptors }, { id: 'a:b' }),
    ).rejects.toBeInstanceOf(SmsValidationException);
    await expect(
      harness.campaigns.start({ message: 'Hello', receptors }, { sendAt: new Date('nope') }),
    ).rejects.toBeInstanceOf(SmsValidationException);
    await expect(harness.campaigns.status('bad-sender')).rejects.toBeInstanceOf(SmsCampaignNotFoundException);
  });

  it('says so of a campaign that does not exist', async () => {
    const { campaigns } = queue.harness;
    for (const call of [
      () => campaigns.status('nope'),
      () => campaigns.pause('nope'),
      () => campaigns.resume('nope'),
      () => campaigns.cancel('nope'),
      () => campaigns.result('nope'),
      () => campaigns.batches('nope').next(),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(SmsCampaignNotFoundException);
    }
  });
});
