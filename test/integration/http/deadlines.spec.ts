import { describe, expect, it } from '@jest/globals';
import { getEventListeners } from 'node:events';
import {
  type BulkSendResult,
  SmsAbortedException,
  SmsHealthIndicator,
  SmsOptionsError,
  SmsTimeoutException,
  SmsValidationException,
} from '../../../lib/index.js';
import { useSmsProvider } from '../../support/sms-provider.fixture.js';
import { createSmsHarness } from '../../support/sms-testing.js';

const TIMEOUT_MS = 300;
const send = { message: 'Hello', receptors: ['09121234567'] };
/** `count` distinct mobile numbers. */
const numbers = (count: number) =>
  Array.from({ length: count }, (_, i) => `0912${String(i).padStart(7, '0')}`);

const fixture = useSmsProvider({ timeout: TIMEOUT_MS, healthTimeout: TIMEOUT_MS });
const { provider } = fixture;

describe('the timeout is a deadline for the whole try', () => {
  it('a provider that sends its headers and then drips its body ends in SmsTimeoutException, maybe sent', async () => {
    provider.failNext({ dripMs: 100 });
    const started = Date.now();
    const error = await fixture.sms.sendArray(send).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsTimeoutException);
    expect(error).toMatchObject({ maybeSent: true });
    // The body takes 100 ms a byte, over ten seconds in all: the deadline cuts it off.
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1_000);
  });

  it('the same for the health indicator: a dripping provider is down', async () => {
    provider.failNext({ status: 200, body: '{"status":"ok"}'.repeat(20), dripMs: 100 });
    const started = Date.now();
    await expect(fixture.module.get(SmsHealthIndicator).isHealthy()).resolves.toEqual({
      sms: { status: 'down', reason: `The SMS provider did not answer within ${TIMEOUT_MS} ms` },
    });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1_000);
  });
});

describe('timeouts are whole milliseconds from 1 to 2,147,483,647', () => {
  it.each([0.5, 0, -1, 2 ** 31, 1e21, Number.NaN, Number.POSITIVE_INFINITY, '100'])(
    'a call timeout of %p is refused before anything is sent',
    async (timeout) => {
      const error = await fixture.sms
        .sendArray(send, { timeout: timeout as number })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SmsValidationException);
      expect((error as Error).message).toContain('timeout');
      expect(provider.requests).toEqual([]);
    },
  );

  it.each([
    ['timeout', 0.5],
    ['timeout', 2 ** 31],
    ['healthTimeout', 1e21],
    ['healthTimeout', 1.5],
    ['retry.maxDelayMs', 2 ** 31],
    ['retry.baseDelayMs', 0.5],
  ])('a module %s of %p fails the start', async (option, value) => {
    const [name, field] = option.split('.');
    const overrides = field === undefined ? { [name]: value } : { [name]: { [field]: value } };
    const error = await createSmsHarness({ baseUrl: provider.baseUrl, ...overrides }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SmsOptionsError);
    expect(error).toMatchObject({ option });
  });

  it('2,147,483,647 ms is accepted', async () => {
    await expect(fixture.sms.sendArray(send, { timeout: 2_147_483_647 })).resolves.toMatchObject({
      status: 100,
    });
  });
});

describe('after the application closes, nothing more goes out', () => {
  it('a send waiting to retry rejects, not sent, and is never retried', async () => {
    const closing = await createSmsHarness({
      baseUrl: provider.baseUrl,
      retry: { attempts: 3, baseDelayMs: 400, maxDelayMs: 400 },
    });
    provider.failNext({ status: 503, body: 'Service Unavailable' });
    const sending = closing.sms.sendArray(send).catch((caught: unknown) => caught);
    await waitFor(() => provider.requests.length === 1);
    await closing.module.close();

    const error = await sending;
    expect(error).toBeInstanceOf(SmsAbortedException);
    expect(error).toMatchObject({ maybeSent: false });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(provider.requests).toHaveLength(1);
  });

  it('a running campaign stops, the rest reported skipped', async () => {
    const closing = await createSmsHarness({ baseUrl: provider.baseUrl });
    provider.failNext({ delayMs: 50 }, 100);
    const campaign = closing.sms.sendBulk({ message: 'Sale', receptors: numbers(2_000) }, { concurrency: 2 });
    await waitFor(() => provider.messages.length >= 2);
    await closing.module.close();
    const requestsAtClose = provider.requests.length;

    const result: BulkSendResult = await campaign;
    expect(result).toMatchObject({ total: 2_000, failed: 0, complete: false, stoppedBy: 'aborted' });
    expect(result.accepted + result.skipped).toBe(2_000);
    // The requests on their way when it closed were let finish, not cut: each is accepted.
    expect(result.accepted).toBe(provider.messages.length * 100);
    expect(result.skipped).toBeGreaterThan(0);
    for (const batch of result.batches.filter(({ status }) => status === 'skipped'))
      expect(batch.error).toMatchObject({ code: 'SMS_ABORTED', maybeSent: false });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(provider.requests).toHaveLength(requestsAtClose);
  });
});

describe('a signal shared by many requests', () => {
  // Node warns (MaxListenersExceededWarning) past ten listeners on one signal; Jest's sandbox does not see the warning
  // itself, so the tests count the listeners while sixteen requests are on their way.
  it('a campaign at concurrency 16 with a signal holds a listener or two on it, not one a request', async () => {
    const { signal } = new AbortController();
    provider.failNext({ delayMs: 150 }, 16);
    const campaign = fixture.sms.sendBulk(
      { message: 'Sale', receptors: numbers(1_600) },
      { concurrency: 16, signal },
    );
    await waitFor(() => provider.inFlight === 16);
    expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(2);
    await expect(campaign).resolves.toMatchObject({ accepted: 1_600 });
  });

  it('so do sixteen sends at once sharing one signal', async () => {
    const { signal } = new AbortController();
    provider.failNext({ delayMs: 150 }, 16);
    const sends = Promise.all(
      numbers(16).map((receptor) =>
        fixture.sms.sendArray({ message: 'Hi', receptors: [receptor] }, { signal }),
      ),
    );
    await waitFor(() => provider.inFlight === 16);
    expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(2);
    await sends;
  });
});

/** Resolves once `condition` holds, checking every 5 ms. */
async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
