import { describe, expect, it } from '@jest/globals';
import {
  BulkSendInterruptedError,
  type BulkSendProgress,
  type BulkSendResult,
  SmsAbortedException,
  SmsInsufficientCreditException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsValidationException,
} from '../../../lib/index.js';
import { numbers, slowly } from '../../support/receptor-sources.js';
import { useSmsProvider } from '../../support/sms-provider.fixture.js';
import { createSmsHarness } from '../../support/sms-testing.js';

const fixture = useSmsProvider({ timeout: 1_000 });
const { provider } = fixture;

/** Every receptor the provider accepted, in order of acceptance. */
const sentReceptors = () => provider.messages.flatMap((message) => message.receptors);

/** Checks that the result accounts for every receptor once, and that it matches what the provider received. */
function expectConsistent(result: BulkSendResult): void {
  const all = result.batches.flatMap((batch) => batch.receptors);
  expect(new Set(all).size).toBe(all.length);
  expect(result.total).toBe(all.length);
  expect(result.accepted + result.failed + result.skipped).toBe(result.total);
  const accepted = result.batches
    .filter((batch) => batch.status === 'accepted')
    .flatMap((batch) => batch.receptors);
  expect(accepted).toHaveLength(result.accepted);
  expect(new Set(sentReceptors())).toEqual(new Set(accepted));
  expect(sentReceptors()).toHaveLength(accepted.length);
}

describe('SmsService.sendBulk', () => {
  it('splits 250 receptors into requests of 100, 100 and 50', async () => {
    const result = await fixture.sms.sendBulk({ sender: '3000', message: 'Hello', receptors: numbers(250) });

    expect(result).toMatchObject({
      complete: true,
      consumed: 250,
      total: 250,
      accepted: 250,
      failed: 0,
      skipped: 0,
      invalid: [],
      segments: 250,
    });
    expect(result.batches.map((batch) => batch.receptors.length)).toEqual([100, 100, 50]);
    expect(result.batches.every((batch) => batch.status === 'accepted' && batch.result?.status === 100)).toBe(
      true,
    );
    expect(provider.messages.map((message) => message.receptors.length).sort()).toEqual([100, 100, 50]);
    expectConsistent(result);
  });

  it('normalises and deduplicates across the whole campaign', async () => {
    const receptors = [...numbers(150), ...numbers(150).map((number) => `+98${number.slice(1)}`), 9120000001];
    const result = await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors },
      { chunkSize: 60 },
    );

    expect(result.total).toBe(150);
    expect(result.batches.map((batch) => batch.receptors.length)).toEqual([60, 60, 30]);
    expect(sentReceptors().sort()).toEqual(numbers(150));
  });

  it('counts the segments the accepted receptors cost', async () => {
    const result = await fixture.sms.sendBulk({
      sender: '3000',
      message: 'س'.repeat(71),
      receptors: numbers(10),
    });
    expect(result.segments).toBe(20);
  });

  it('rejects an array with invalid receptors before sending anything, listing them', async () => {
    const error = await fixture.sms
      .sendBulk({ sender: '3000', message: 'Hello', receptors: [...numbers(300), 'oops', 12] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsInvalidReceptorException);
    expect(error).toMatchObject({ invalidReceptors: ['oops', '12'] });
    expect(provider.requests).toHaveLength(0);
  });

  it('rejects an array whose reading throws (a getter, a Proxy) as invalid receptors, sending nothing', async () => {
    const hostile = new Proxy(numbers(5), {
      get: (target, key, receiver) => {
        if (key === '3') throw new Error('no reading this');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const error = await fixture.sms
      .sendBulk({ sender: '3000', message: 'Hello', receptors: hostile })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsInvalidReceptorException);
    expect(error).toMatchObject({ message: 'receptors could not be read: reading input 4 failed' });
    expect(provider.requests).toHaveLength(0);
  });

  it('with skipInvalid, leaves invalid receptors of an array out and reports them', async () => {
    const result = await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: ['oops', ...numbers(5), null] as string[] },
      { skipInvalid: true },
    );
    expect(result).toMatchObject({ total: 5, accepted: 5, invalid: ['oops', 'null'] });
  });

  it('reads an AsyncIterable lazily, leaving invalid receptors out and reporting them', async () => {
    const result = await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: slowly([...numbers(120), 'bad', numbers(1)[0]]) },
      { chunkSize: 50, concurrency: 2 },
    );
    expect(result).toMatchObject({ total: 120, accepted: 120, invalid: ['bad'] });
    expect(result.batches.map((batch) => batch.receptors.length)).toEqual([50, 50, 20]);
    expectConsistent(result);
  });

  it('reads a synchronous Iterable (a generator) the same way', async () => {
    function* generate() {
      yield* numbers(30);
      yield 'x';
    }
    const result = await fixture.sms.sendBulk({ sender: '3000', message: 'Hello', receptors: generate() });
    expect(result).toMatchObject({ total: 30, accepted: 30, invalid: ['x'] });
  });

  it('never runs more requests at once than its concurrency', async () => {
    provider.failNext({ delayMs: 30 }, 20);
    const result = await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: numbers(200) },
      { chunkSize: 10, concurrency: 3 },
    );
    expect(result.accepted).toBe(200);
    expect(provider.maxInFlight).toBe(3);
  });

  it('reports progress after each answered batch', async () => {
    const progress: BulkSendProgress[] = [];
    await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: numbers(25) },
      { chunkSize: 10, concurrency: 1, onProgress: (done) => progress.push(done) },
    );
    expect(progress).toEqual([
      { batches: 1, receptors: 10 },
      { batches: 2, receptors: 20 },
      { batches: 3, receptors: 25 },
    ]);
  });

  it('accounts for a failed batch and goes on', async () => {
    provider.failNext({ status: 200, body: { error: { status: 416, message: 'شماره گیرنده اشتباه است' } } });
    const result = await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: numbers(30) },
      { chunkSize: 10, concurrency: 1 },
    );
    expect(result).toMatchObject({ total: 30, accepted: 20, failed: 10, skipped: 0 });
    expect(result.batches[0]).toMatchObject({ status: 'failed', error: { code: 'SMS_INVALID_RECEPTOR' } });
    expect(result.batches[0].error?.exception).toBeInstanceOf(SmsInvalidReceptorException);
    expectConsistent(result);
  });

  it('stops sending after insufficient credit, reporting the rest skipped with that reason', async () => {
    provider.credit = 25;
    const result = await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: numbers(100) },
      { chunkSize: 10, concurrency: 1 },
    );
    expect(result).toMatchObject({ total: 100, accepted: 20, failed: 10, skipped: 70 });
    expect(provider.requests).toHaveLength(3);
    const skipped = result.batches.filter((batch) => batch.status === 'skipped');
    expect(skipped).toHaveLength(7);
    expect(skipped.every((batch) => batch.error?.exception instanceof SmsInsufficientCreditException)).toBe(
      true,
    );
    expectConsistent(result);
  });

  it('stops sending after the provider rejects the sender', async () => {
    provider.failNext({ body: { error: { status: 415, message: 'شماره فرستنده اشتباه است' } } });
    const result = await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: numbers(50) },
      { chunkSize: 10, concurrency: 1 },
    );
    expect(result).toMatchObject({ failed: 10, skipped: 40 });
    expect(result.batches.at(-1)?.error?.exception).toBeInstanceOf(SmsInvalidSenderException);
  });

  it('keeps going when onProgress throws', async () => {
    const result = await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: numbers(20) },
      {
        chunkSize: 10,
        onProgress: () => {
          throw new Error('listener bug');
        },
      },
    );
    expect(result.accepted).toBe(20);
  });

  it('sends what it read, then rejects with BulkSendInterruptedError holding the accounting, when the source fails', async () => {
    async function* failing() {
      yield* numbers(15);
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('cursor lost');
    }
    const error = await fixture.sms
      .sendBulk({ sender: '3000', message: 'Hello', receptors: failing() }, { chunkSize: 10 })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BulkSendInterruptedError);
    const { result, cause } = error as BulkSendInterruptedError;
    expect(cause).toEqual(new Error('cursor lost'));
    if (!('batches' in result)) throw new Error('the batches were retained');
    expect(result).toMatchObject({
      stoppedBy: 'source-error',
      consumed: 15,
      total: 15,
      accepted: 15,
      skipped: 0,
    });
    expect(result.batches.map((batch) => batch.receptors.length)).toEqual([10, 5]);
    expectConsistent(result);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a string of receptors', { receptors: '09121234567' }, {}],
    ['receptors that are no list', { receptors: 42 }, {}],
    ['a chunkSize over 100', { receptors: numbers(3) }, { chunkSize: 101 }],
    ['a chunkSize of 0', { receptors: numbers(3) }, { chunkSize: 0 }],
    ['a concurrency of 0', { receptors: numbers(3) }, { concurrency: 0 }],
    ['a concurrency over 256', { receptors: numbers(3) }, { concurrency: 257 }],
    ['a concurrency of 2^32', { receptors: numbers(3) }, { concurrency: 2 ** 32 }],
    ['a rate of 0 requests', { receptors: numbers(3) }, { rate: { requests: 0, perMs: 1000 } }],
    ['a rate of no window', { receptors: numbers(3) }, { rate: { requests: 10 } }],
    ['a blank message', { receptors: numbers(3), message: ' ' }, {}],
  ])('rejects %s before sending anything', async (_case, input, options) => {
    await expect(
      fixture.sms.sendBulk({ sender: '3000', message: 'Hello', ...input } as never, options),
    ).rejects.toBeInstanceOf(SmsValidationException);
    expect(provider.requests).toHaveLength(0);
  });

  it('rejects an empty array, and resolves an empty AsyncIterable to an empty result', async () => {
    await expect(
      fixture.sms.sendBulk({ sender: '3000', message: 'Hello', receptors: [] }),
    ).rejects.toBeInstanceOf(SmsInvalidReceptorException);
    await expect(
      fixture.sms.sendBulk({ sender: '3000', message: 'Hello', receptors: slowly([]) }),
    ).resolves.toMatchObject({ complete: true, consumed: 0, total: 0, batches: [] });
  });

  it('skips every batch of an array (read ahead), sending nothing, when the signal fired before the campaign', async () => {
    const result = await fixture.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: numbers(30) },
      { chunkSize: 10, signal: AbortSignal.abort() },
    );
    expect(result).toMatchObject({
      complete: false,
      stoppedBy: 'aborted',
      consumed: 30,
      total: 30,
      accepted: 0,
      skipped: 30,
    });
    expect(
      result.batches.every(
        (batch) => batch.error?.exception instanceof SmsAbortedException && !batch.error.maybeSent,
      ),
    ).toBe(true);
    expect(provider.requests).toHaveLength(0);
  });

  it('logs a masked summary line', async () => {
    const logged = await createSmsHarness({ apiKey: provider.apiKey, baseUrl: provider.baseUrl });
    await logged.sms.sendBulk(
      { sender: '3000', message: 'Hello', receptors: [...numbers(3), 'x'] },
      { skipInvalid: true },
    );
    await logged.module.close();
    const summary = logged.logger.lines.find((line) => line.includes('sendBulk finished'));
    expect(summary).toContain(
      '3 receptors in 1 batches, 3 accepted, 0 failed, 0 skipped, 1 invalid; 3 segments',
    );
    expect(logged.logger.lines.join('\n')).not.toMatch(/09\d{9}/);
  });
});
