import { describe, expect, it } from '@jest/globals';
import {
  type BulkSendBatch,
  SmsInsufficientCreditException,
  SmsInvalidReceptorException,
} from '../../../lib/index.js';
import { errorEnvelope } from '../../support/envelopes.js';
import { campaign, numbers, slowly } from '../../support/receptor-sources.js';
import { useSmsProvider } from '../../support/sms-provider.fixture.js';

const fixture = useSmsProvider({ timeout: 2_000 });
const { provider } = fixture;
const sentReceptors = () => provider.messages.flatMap((message) => message.receptors);

describe('SmsService.sendBulk, streaming its outcomes', () => {
  it('calls onBatch once for each batch, with its index in read order, its receptors and its status', async () => {
    provider.credit = 35;
    provider.failNext({}).failNext({ body: errorEnvelope(416, 'شماره گیرنده اشتباه است') });
    const seen: BulkSendBatch[] = [];
    const result = await fixture.sms.sendBulk(campaign(numbers(60)), {
      chunkSize: 10,
      concurrency: 1,
      onBatch: (batch) => {
        seen.push(batch);
      },
    });

    expect(seen.map(({ index, status }) => [index, status])).toEqual([
      [0, 'accepted'],
      [1, 'failed'],
      [2, 'accepted'],
      [3, 'accepted'],
      [4, 'failed'],
      [5, 'skipped'],
    ]);
    expect(seen.map((batch) => batch.receptors)).toEqual([0, 1, 2, 3, 4, 5].map((i) => numbers(10, i * 10)));
    expect(result.batches).toEqual(seen);
    expect(seen[0].result).toMatchObject({ status: 100, messageId: provider.messages[0].messageId });
    expect(seen[1].error?.exception).toBeInstanceOf(SmsInvalidReceptorException);
    expect(seen[4].error?.exception).toBeInstanceOf(SmsInsufficientCreditException);
    expect(seen[5].error?.exception).toBe(seen[4].error?.exception);
    expect(result).toMatchObject({
      complete: false,
      stoppedBy: 'fatal',
      consumed: 60,
      total: 60,
      skipped: 10,
    });
  });

  it('gives outcomes that JSON.stringify writes as plain data, the exception left out', async () => {
    provider.failNext({ body: errorEnvelope(416, 'شماره گیرنده اشتباه است') });
    const result = await fixture.sms.sendBulk(campaign(numbers(3)), { chunkSize: 2, concurrency: 1 });

    const [failed, accepted] = JSON.parse(JSON.stringify(result.batches)) as unknown[];
    expect(failed).toEqual({
      index: 0,
      receptors: numbers(2),
      status: 'failed',
      error: {
        code: 'SMS_INVALID_RECEPTOR',
        message: 'The SMS provider rejected a receptor',
        maybeSent: false,
        providerCode: 416,
        providerMessage: 'شماره گیرنده اشتباه است',
      },
    });
    expect(accepted).toEqual({
      index: 1,
      receptors: numbers(1, 2),
      status: 'accepted',
      result: expect.objectContaining({ status: 100, time: expect.any(String) }),
    });
    expect(Object.keys(result.batches[0].error ?? {})).not.toContain('exception');
    expect({ ...result.batches[0].error }).not.toHaveProperty('exception');
  });

  it('waits for a slow onBatch before that slot takes another batch', async () => {
    const concurrency = 2;
    let settled = 0;
    const ahead: number[] = [];
    const result = await fixture.sms.sendBulk(campaign(numbers(40)), {
      chunkSize: 5,
      concurrency,
      onBatch: async () => {
        // Requests started and not yet through onBatch: never more than the slots.
        ahead.push(provider.requests.length - settled);
        await new Promise((resolve) => setTimeout(resolve, 30));
        settled += 1;
      },
    });

    expect(result.accepted).toBe(40);
    expect(ahead).toHaveLength(8);
    expect(Math.max(...ahead)).toBeLessThanOrEqual(concurrency);
    expect(provider.maxInFlight).toBeLessThanOrEqual(concurrency);
  });

  it('with retainBatches: false, resolves to the totals only', async () => {
    const seen: BulkSendBatch[] = [];
    const receptors = [...numbers(25), 'oops', numbers(1)[0], ...numbers(5, 25)];
    const result = await fixture.sms.sendBulk(campaign(slowly(receptors)), {
      chunkSize: 10,
      retainBatches: false,
      onBatch: (batch) => {
        seen.push(batch);
      },
    });

    expect(result).toEqual({
      complete: true,
      consumed: 32,
      total: 30,
      accepted: 30,
      failed: 0,
      skipped: 0,
      invalidCount: 1,
      segments: 30,
    });
    expect(seen.map((batch) => batch.receptors.length)).toEqual([10, 10, 10]);
  });

  it('with dedupe: false, sends repeated numbers as they come', async () => {
    const receptors = ['09120000001', '+989120000001', '09120000001', '09120000002'];
    const fromArray = await fixture.sms.sendBulk(campaign(receptors), { dedupe: false });
    const fromCursor = await fixture.sms.sendBulk(campaign(slowly(receptors)), { dedupe: false });

    for (const result of [fromArray, fromCursor]) expect(result).toMatchObject({ total: 4, accepted: 4 });
    const asGiven = ['09120000001', '09120000001', '09120000001', '09120000002'];
    expect(sentReceptors()).toEqual([...asGiven, ...asGiven]);
  });
});
