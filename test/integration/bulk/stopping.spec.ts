import { describe, expect, it } from '@jest/globals';
import { getEventListeners } from 'node:events';
import {
  BulkSendInterruptedError,
  type BulkSendBatch,
  type BulkSendTotals,
  SmsAbortedException,
  SmsInsufficientCreditException,
} from '../../../lib/index.js';
import { campaign, CountingSource, EndlessSource, numbers } from '../../support/receptor-sources.js';
import { useSmsProvider } from '../../support/sms-provider.fixture.js';

const fixture = useSmsProvider({ timeout: 2_000 });
const { provider } = fixture;

/** Checks the accounting over what was read: every valid receptor read is in exactly one count. */
function expectExactAccounting(result: BulkSendTotals): void {
  expect(result.accepted + result.failed + result.skipped).toBe(result.total);
  expect(result.total + result.invalidCount).toBeLessThanOrEqual(result.consumed);
}

describe('SmsService.sendBulk, stopping', () => {
  it('stops a never-ending source at once when aborted: read no further, closed, consumed reported', async () => {
    const source = new EndlessSource();
    const controller = new AbortController();
    const result = await fixture.sms.sendBulk(campaign(source), {
      chunkSize: 10,
      concurrency: 2,
      retainBatches: false,
      signal: controller.signal,
      onBatch: ({ index }) => {
        if (index === 3) controller.abort();
      },
    });

    expect(result).toMatchObject({ complete: false, stoppedBy: 'aborted', invalidCount: 0 });
    expect(source.returnCalled).toBe(true);
    // A read pending when the campaign stopped may bring one input more, which is neither sent nor counted.
    expect(result.consumed).toBe(result.total);
    expect(result.consumed).toBeLessThan(100);
    expect(result.accepted).toBeGreaterThanOrEqual(40);
    // A request on its way when the signal fired fails (maybeSent: true), though the provider may have taken it.
    const sent = provider.messages.flatMap((message) => message.receptors).length;
    expect(sent).toBeGreaterThanOrEqual(result.accepted);
    expect(sent).toBeLessThanOrEqual(result.accepted + result.failed);
    expectExactAccounting(result);
    // The generator's `finally` runs once the read pending at the stop has settled; that read may have given one
    // input more, which is neither sent nor counted. Nothing more is read.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(source.closed).toBe(true);
    expect(source.given - result.consumed).toBeGreaterThanOrEqual(0);
    expect(source.given - result.consumed).toBeLessThanOrEqual(1);
  });

  it('reads nothing of a lazy source when the signal fired before the campaign', async () => {
    const source = new CountingSource(numbers(10));
    const result = await fixture.sms.sendBulk(campaign(source), { signal: AbortSignal.abort() });
    expect(result).toMatchObject({
      complete: false,
      stoppedBy: 'aborted',
      consumed: 0,
      total: 0,
      batches: [],
    });
    expect(source.nextCalls).toBe(0);
    expect(provider.requests).toHaveLength(0);
  });

  it('settles once the requests in flight do when aborted, though the source stalls and its return() never ends', async () => {
    const source = new CountingSource(numbers(25), { stall: true });
    const controller = new AbortController();
    provider.failNext({}).failNext({ delayMs: 200 });
    const result = await fixture.sms.sendBulk(campaign(source), {
      chunkSize: 10,
      concurrency: 3,
      signal: controller.signal,
      onBatch: ({ index }) => {
        if (index === 0) controller.abort();
      },
    });

    expect(source.returnCalled).toBe(true);
    expect(result).toMatchObject({
      complete: false,
      stoppedBy: 'aborted',
      consumed: 25,
      total: 25,
      accepted: 10,
      failed: 10,
      skipped: 5,
    });
    const [, inFlight, partial] = result.batches;
    expect(inFlight.error).toMatchObject({ code: 'SMS_ABORTED', maybeSent: true });
    expect(partial).toMatchObject({
      index: 2,
      receptors: numbers(5, 20),
      status: 'skipped',
      error: { code: 'SMS_ABORTED', maybeSent: false },
    });
    expect(partial.error?.exception).toBeInstanceOf(SmsAbortedException);
    // The provider still answers the abandoned request (and may take it: maybeSent); let that pass first.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }, 5_000);

  it('stops at a fatal error: the source read no further and closed, the batches read and not sent skipped', async () => {
    provider.credit = 25;
    const source = new EndlessSource();
    // Three requests start; the batches read after them wait a minute for the rate window, until the campaign stops.
    const result = await fixture.sms.sendBulk(campaign(source), {
      chunkSize: 10,
      concurrency: 6,
      rate: { requests: 3, perMs: 60_000 },
    });

    expect(source.returnCalled).toBe(true);
    expect(provider.requests).toHaveLength(3);
    expect(result).toMatchObject({ complete: false, stoppedBy: 'fatal', accepted: 20, failed: 10 });
    expect(result.skipped).toBeGreaterThan(0);
    expect(result.consumed).toBe(result.total);
    expect(source.given - result.consumed).toBeLessThanOrEqual(1);
    const skipped = result.batches.filter((batch) => batch.status === 'skipped');
    expect(skipped.every((batch) => batch.error?.exception instanceof SmsInsufficientCreditException)).toBe(
      true,
    );
    expect(result.batches.map((batch) => batch.index)).toEqual(result.batches.map((_, index) => index));
    expectExactAccounting(result);
  });

  it('stops when onBatch fails, still hands it every outcome, then rejects with BulkSendInterruptedError', async () => {
    const source = new EndlessSource();
    const seen: BulkSendBatch[] = [];
    const failure = new Error('database down');
    const error = await fixture.sms
      .sendBulk(campaign(source), {
        chunkSize: 10,
        concurrency: 3,
        retainBatches: false,
        onBatch: (batch) => {
          seen.push(batch);
          if (batch.index === 1) throw failure;
        },
      })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BulkSendInterruptedError);
    const { result, cause, during, unhandled } = error as BulkSendInterruptedError;
    expect(cause).toBe(failure);
    expect(during).toBe('onBatch');
    expect(unhandled).toEqual([seen.find((batch) => batch.index === 1)]);
    expect(result).toMatchObject({ complete: false, stoppedBy: 'on-batch-error' });
    expect('batches' in result).toBe(false);
    expect(source.returnCalled).toBe(true);
    expect(seen.map((batch) => batch.index).sort((a, b) => a - b)).toEqual(seen.map((_, index) => index));
    expect(seen.reduce((sum, batch) => sum + batch.receptors.length, 0)).toBe(result.total);
    expectExactAccounting(result);
  });

  it('when the source fails, sends what it read and reports it stopped by the source', async () => {
    async function* failing() {
      yield* numbers(15);
      await Promise.resolve();
      throw new Error('cursor lost');
    }
    const error = await fixture.sms
      .sendBulk(campaign(failing()), { chunkSize: 10 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BulkSendInterruptedError);
    expect((error as BulkSendInterruptedError).result).toMatchObject({
      complete: false,
      stoppedBy: 'source-error',
      consumed: 15,
      accepted: 15,
    });
  });

  it('adds one abort listener to the signal while it runs, and leaves none', async () => {
    const controller = new AbortController();
    const listeners: number[] = [];
    provider.failNext({ delayMs: 20 }, 40);
    await fixture.sms.sendBulk(campaign(numbers(400)), {
      chunkSize: 10,
      concurrency: 16,
      signal: controller.signal,
      onBatch: () => {
        listeners.push(getEventListeners(controller.signal, 'abort').length);
      },
    });
    expect(provider.maxInFlight).toBeGreaterThan(10);
    expect(Math.max(...listeners)).toBe(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
