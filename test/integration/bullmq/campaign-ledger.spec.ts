import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals';
import type { Redis } from 'ioredis';
import { INTERRUPTED } from '../../../lib/bullmq/ledger/batch-record.js';
import { CampaignLedger } from '../../../lib/bullmq/ledger/campaign-ledger.js';
import { campaignStatus } from '../../../lib/bullmq/ledger/campaign-status.js';
import type { SmsCampaignStatus } from '../../../lib/bullmq/index.js';
import { expectEveryReceptorCounted } from '../../support/queue-fixture.js';
import { deleteKeys, describeWithRedis, testPrefix, testRedisClient } from '../../support/redis.js';

const PARTS = { sender: '3000', message: 'Hello' };
const RETRY = { attempts: 5, baseDelayMs: 1_000 };
const SHAPE = { parts: PARTS, segments: 1, chunkSize: 2, schedule: { retry: RETRY } };
const CREDIT_ERROR = { code: 'SMS_INSUFFICIENT_CREDIT', message: 'Not enough credit', maybeSent: false };
const TIMEOUT_ERROR = { code: 'SMS_TIMEOUT', message: 'Timed out', maybeSent: true };

/** Batch `index` as a job that claimed it knows it: every batch here holds two receptors. */
const batch = (index: number) => ({ index, size: 2 });

/** Batches of two receptors each, numbered from `first`. */
const batches = (count: number, first = 0): string[][] =>
  Array.from({ length: count }, (_, batch) =>
    [0, 1].map((at) => `09${100_000_000 + (first + batch) * 2 + at}`),
  );

describeWithRedis('the campaign ledger (its Lua scripts, on a real Redis)', () => {
  const prefix = testPrefix('ledger');
  let redis: Redis;
  let ledger: CampaignLedger;
  let id: string;
  let serial = 0;

  beforeAll(() => {
    redis = testRedisClient();
    ledger = new CampaignLedger(redis, prefix);
  });
  beforeEach(() => {
    id = `c${(serial += 1)}`;
  });
  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  /** The status, checked to account for every receptor once. */
  async function status(): Promise<SmsCampaignStatus> {
    const hash = await ledger.read(id);
    if (hash === undefined) throw new Error(`no campaign ${id}`);
    const current = campaignStatus(id, hash);
    expectEveryReceptorCounted(current);
    return current;
  }

  /** A campaign of `count` batches of two, fed and closed. */
  async function fedCampaign(count: number): Promise<void> {
    await ledger.open(id, SHAPE);
    await ledger.record(id, 0, batches(count), { invalid: 0, queued: 0 });
    await ledger.closeFeed(id, count, 0);
  }

  it('opens a campaign once, feeds it in order, and closes its feed', async () => {
    expect(await ledger.open(id, SHAPE)).toEqual({ kind: 'feed', batches: 0, queued: 0, total: 0 });
    expect(await status()).toMatchObject({ state: 'feeding', total: 0 });
    expect(await ledger.record(id, 0, batches(2), { invalid: 3, queued: 0 })).toBe('queue');
    expect(await ledger.record(id, 0, batches(1), { invalid: 3, queued: 0 })).toBe('lost');
    expect(await ledger.open(id, SHAPE)).toEqual({ kind: 'feed', batches: 2, queued: 0, total: 4 });
    expect(await ledger.open(id, { ...SHAPE, parts: { ...PARTS, message: 'Bye' } })).toEqual({
      kind: 'mismatch',
    });
    expect(await ledger.open(id, { ...SHAPE, chunkSize: 3 })).toEqual({ kind: 'mismatch' });
    expect(await ledger.closeFeed(id, 3, 3)).toBe('lost');
    expect(await ledger.closeFeed(id, 2, 1)).toBe('fed');
    expect(await status()).toMatchObject({ state: 'running', total: 4, pending: 4, invalid: 3 });
    expect(await ledger.open(id, SHAPE)).toEqual({ kind: 'fed' });
    expect(await ledger.batches(id, [0, 1, 2])).toEqual([
      ['09100000000,09100000001', null],
      ['09100000002,09100000003', null],
      ['', null],
    ]);
  });

  it("keeps the jobs' schedule as the campaign was first opened with it", async () => {
    const schedule = { sendAt: new Date(Date.now() + 60_000), retry: { attempts: 2, baseDelayMs: 50 } };
    await ledger.open(id, { ...SHAPE, schedule });
    await ledger.open(id, SHAPE);
    expect(await ledger.schedule(id)).toEqual(schedule);
    expect(await ledger.schedule('nowhere')).toBeUndefined();
  });

  it('claims a batch for one job, settles it once, and finishes the campaign with its last batch', async () => {
    await fedCampaign(2);
    const claim = await ledger.claim(id, 0, 'job-a');
    expect(claim).toEqual({ kind: 'send', receptors: ['09100000000', '09100000001'], parts: PARTS });
    expect(await ledger.claim(id, 0, 'job-b')).toEqual({ kind: 'busy' });
    expect(await status()).toMatchObject({ pending: 4, accepted: 0 });

    expect(await ledger.settle(id, batch(0), 'job-b', { status: 'accepted', messageId: 'm0' })).toBe('stale');
    expect(await ledger.settle(id, batch(0), 'job-a', { status: 'accepted', messageId: 'm0' })).toBe(
      'settled',
    );
    expect(await ledger.settle(id, batch(0), 'job-a', { status: 'accepted', messageId: 'm0' })).toBe('stale');
    expect(await ledger.claim(id, 0, 'job-a')).toEqual({ kind: 'settled' });
    expect(await status()).toMatchObject({ state: 'running', accepted: 2, pending: 2, segments: 2 });

    await ledger.claim(id, 1, 'job-c');
    await ledger.settle(id, batch(1), 'job-c', { status: 'unknown', error: TIMEOUT_ERROR });
    const finished = await status();
    expect(finished).toMatchObject({ state: 'completed', accepted: 2, unknown: 2, pending: 0 });
    expect(finished.finishedAt).toBeInstanceOf(Date);
    expect(await ledger.batches(id, [0, 1])).toEqual([
      ['09100000000,09100000001', 'a|m0'],
      ['09100000002,09100000003', `u|${JSON.stringify(TIMEOUT_ERROR)}`],
    ]);
  });

  it('settles as unknown a batch whose job comes back to it while it was being sent, and never hands it out again', async () => {
    await fedCampaign(1);
    await ledger.claim(id, 0, 'job-a');
    expect(await ledger.claim(id, 0, 'job-a')).toEqual({ kind: 'interrupted' });
    expect(await status()).toMatchObject({ state: 'completed', unknown: 2, pending: 0 });
    expect(await ledger.claim(id, 0, 'job-a')).toEqual({ kind: 'settled' });
    const [[, record]] = await ledger.batches(id, [0]);
    expect(record).toBe(`u|${JSON.stringify(INTERRUPTED)}`);

    // The job taken for dead learns after all that the provider accepted the batch: what it learnt wins.
    expect(await ledger.settle(id, batch(0), 'job-a', { status: 'accepted', messageId: 'late' })).toBe(
      'settled',
    );
    expect(await status()).toMatchObject({ accepted: 2, unknown: 0 });
  });

  it('gives a batch back to the queue unsent, and says so only to the job that holds it', async () => {
    await fedCampaign(1);
    await ledger.claim(id, 0, 'job-a');
    expect(await ledger.release(id, batch(0), 'job-b')).toBe('stale');
    expect(await ledger.release(id, batch(0), 'job-a')).toBe('queued');
    expect(await status()).toMatchObject({ state: 'running', pending: 2 });
    expect(await ledger.claim(id, 0, 'job-a')).toMatchObject({ kind: 'send' });
  });

  it('halts the campaign at a stopping failure: the pending batches are skipped, those being sent settle', async () => {
    await fedCampaign(5);
    await ledger.claim(id, 0, 'job-0');
    await ledger.claim(id, 1, 'job-1');
    await ledger.claim(id, 2, 'job-2');
    expect(
      await ledger.settle(id, batch(0), 'job-0', { status: 'failed', error: CREDIT_ERROR }, CREDIT_ERROR),
    ).toBe('halted');
    const halted = await status();
    expect(halted).toMatchObject({
      state: 'halted',
      failed: 2,
      skipped: 4,
      pending: 4,
      haltedBy: CREDIT_ERROR,
    });
    expect(halted.finishedAt).toBeUndefined();

    expect(await ledger.claim(id, 3, 'job-3')).toEqual({ kind: 'skipped' });
    expect(
      await ledger.settle(id, batch(1), 'job-1', { status: 'failed', error: CREDIT_ERROR }, CREDIT_ERROR),
    ).toBe('settled');
    expect(await ledger.release(id, batch(2), 'job-2')).toBe('skipped');
    const finished = await status();
    expect(finished).toMatchObject({
      state: 'halted',
      failed: 4,
      skipped: 6,
      pending: 0,
      haltedBy: CREDIT_ERROR,
    });
    expect(finished.finishedAt).toBeInstanceOf(Date);
    expect(await ledger.pause(id)).toBe('over');
    expect(await ledger.cancel(id)).toBe('over');
  });

  it('stops feeding a campaign that was cancelled while being fed, and finishes it', async () => {
    await ledger.open(id, SHAPE);
    await ledger.record(id, 0, batches(2), { invalid: 0, queued: 0 });
    await ledger.claim(id, 0, 'job-0');
    expect(await ledger.cancel(id)).toBe('cancelled');
    expect(await status()).toMatchObject({ state: 'cancelled', skipped: 2, pending: 2 });
    expect(await ledger.record(id, 2, batches(1, 2), { invalid: 0, queued: 2 })).toBe('stopped');
    expect(await ledger.closeFeed(id, 2, 0)).toBe('stopped');
    await ledger.settle(id, batch(0), 'job-0', { status: 'accepted', messageId: 'm' });
    const finished = await status();
    expect(finished).toMatchObject({ state: 'cancelled', total: 4, accepted: 2, skipped: 2, pending: 0 });
    expect(finished.finishedAt).toBeInstanceOf(Date);
    expect(await ledger.open(id, SHAPE)).toEqual({ kind: 'fed' });
  });

  it('parks the batches of a paused campaign, and hands them out again once it is resumed', async () => {
    await ledger.open(id, SHAPE);
    await ledger.record(id, 0, batches(2), { invalid: 0, queued: 0 });
    expect(await ledger.pause(id)).toBe('paused');
    expect(await status()).toMatchObject({ state: 'paused' });
    expect(await ledger.claim(id, 0, 'job-0')).toEqual({ kind: 'parked' });
    expect(await ledger.record(id, 2, batches(1, 2), { invalid: 0, queued: 2 })).toBe('parked');
    expect(await ledger.park(id, [1])).toEqual({});
    expect(await parked()).toEqual([0, 1, 2]);

    expect(await ledger.resume(id)).toEqual({ generation: 1 });
    expect(await status()).toMatchObject({ state: 'feeding' });
    expect(await ledger.park(id, [1])).toEqual({ resumed: 1 });
    await ledger.unpark(id, [0, 1, 2]);
    expect(await parked()).toEqual([]);
    expect(await ledger.resume(id)).toEqual({ generation: 1 });
    expect(await ledger.claim(id, 0, 'job-0/1')).toMatchObject({ kind: 'send' });
  });

  it('keeps parked the batches a resume queued again while the campaign was paused anew', async () => {
    await fedCampaign(1);
    await ledger.pause(id);
    await ledger.claim(id, 0, 'job-0');
    await ledger.resume(id);
    await ledger.pause(id);
    await ledger.unpark(id, [0]);
    expect(await parked()).toEqual([0]);
  });

  it('settles the batches whose jobs BullMQ gave up: unsent ones failed, one being sent unknown', async () => {
    await fedCampaign(2);
    await ledger.claim(id, 1, 'job-1');
    const gaveUp = {
      code: 'SMS_QUEUE_GAVE_UP',
      message: 'The queue gave the batch up: stalled',
      maybeSent: false,
    };
    expect(await ledger.abandon(id, 0, 'job-0', gaveUp)).toBe('failed');
    expect(await ledger.abandon(id, 1, 'job-1', gaveUp)).toBe('unknown');
    expect(await ledger.abandon(id, 1, 'job-1', gaveUp)).toBe('settled');
    expect(await status()).toMatchObject({ state: 'completed', failed: 2, unknown: 2, pending: 0 });
  });

  it('answers for a campaign that does not exist', async () => {
    expect(await ledger.read(id)).toBeUndefined();
    expect(await ledger.claim(id, 0, 'job')).toEqual({ kind: 'gone' });
    expect(await ledger.pause(id)).toBe('missing');
    expect(await ledger.resume(id)).toBe('missing');
    expect(await ledger.cancel(id)).toBe('missing');
  });

  async function parked(): Promise<number[]> {
    const all: number[] = [];
    for await (const page of ledger.parked(id)) all.push(...page);
    return all.sort((a, b) => a - b);
  }
});
