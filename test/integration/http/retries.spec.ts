import { describe, expect, it } from '@jest/globals';
import {
  SmsAbortedException,
  type SmsException,
  SmsInsufficientCreditException,
  SmsInvalidReceptorException,
  SmsOptionsError,
  SmsProviderException,
  SmsTimeoutException,
} from '../../../lib/index.js';
import { MockSmsProvider } from '../../../lib/testing/index.js';
import { errorEnvelope } from '../../support/envelopes.js';
import { freePort } from '../../support/free-port.js';
import { useSmsProvider } from '../../support/sms-provider.fixture.js';
import { createSmsHarness } from '../../support/sms-testing.js';

describe('sendArray retries only what cannot have been sent', () => {
  const fixture = useSmsProvider({ timeout: 200, retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 200 } });
  const { provider } = fixture;
  const send = () => fixture.sms.sendArray({ message: 'Hello', receptors: ['09121234567'] });

  it.each([
    ['503', { status: 503, body: 'Service Unavailable' }],
    ['429', { status: 429, body: { message: 'slow down' } }],
  ])('retries a %s without an envelope, and sends once', async (_case, fault) => {
    provider.failNext(fault, 2);
    await expect(send()).resolves.toMatchObject({ status: 100 });
    expect(provider.requests).toHaveLength(3);
    expect(provider.messages).toHaveLength(1);
  });

  it('waits as long as Retry-After says', async () => {
    provider.failNext({ status: 429, body: '', headers: { 'retry-after': '0.15' } });
    const started = Date.now();
    await send();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(provider.requests).toHaveLength(2);
  });

  it('gives up after the last attempt with the last exception', async () => {
    provider.failNext({ status: 503, body: 'down' }, 3);
    const error = await send().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsProviderException);
    expect(error).toMatchObject({ httpStatus: 503, maybeSent: false });
    expect(provider.requests).toHaveLength(3);
  });

  it.each<
    [string, Parameters<MockSmsProvider['failNext']>[0], new (...args: never[]) => SmsException, boolean]
  >([
    ['a timeout', { delayMs: 1_000 }, SmsTimeoutException, true],
    ['a dropped connection', { drop: true }, SmsProviderException, true],
    ['a 500 page', { status: 500, body: '<html>oops</html>' }, SmsProviderException, true],
    [
      'an error envelope',
      { body: errorEnvelope(416, 'شماره گیرنده اشتباه است') },
      SmsInvalidReceptorException,
      false,
    ],
    [
      'a 503 error envelope',
      { status: 503, body: errorEnvelope(418, 'اعتبار کافی نیست') },
      SmsInsufficientCreditException,
      false,
    ],
  ])('never retries %s', async (_case, fault, Exception, maybeSent) => {
    provider.failNext(fault, 3);
    const error = await send().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Exception);
    expect(error).toMatchObject({ maybeSent });
    expect(provider.requests).toHaveLength(1);
  });

  it('stops waiting when the signal fires during the backoff, without sending again', async () => {
    const slow = await createSmsHarness({
      apiKey: provider.apiKey,
      baseUrl: provider.baseUrl,
      retry: { attempts: 3, baseDelayMs: 5_000, maxDelayMs: 5_000 },
    });
    provider.failNext({ status: 503, body: '' });
    const started = Date.now();
    const error = await slow.sms
      .sendArray({ message: 'Hello', receptors: ['09121234567'] }, { signal: AbortSignal.timeout(100) })
      .catch((caught: unknown) => caught);
    await slow.module.close();
    expect(error).toBeInstanceOf(SmsAbortedException);
    expect(error).toMatchObject({ maybeSent: false });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(provider.requests).toHaveLength(1);
  });

  it('retries a refused connection until the provider is up', async () => {
    const port = await freePort();
    const late = new MockSmsProvider({ port });
    const client = await createSmsHarness({
      apiKey: late.apiKey,
      baseUrl: `http://127.0.0.1:${port}/api/v1`,
      retry: { attempts: 5, baseDelayMs: 100, maxDelayMs: 100 },
    });
    setTimeout(() => void late.start(), 120);
    try {
      await expect(
        client.sms.sendArray({ message: 'Hello', receptors: ['09121234567'] }),
      ).resolves.toMatchObject({ status: 100 });
      expect(late.messages).toHaveLength(1);
    } finally {
      await client.module.close();
      await late.stop();
    }
  });
});

describe('the retry option', () => {
  it.each([
    ['retry', 5],
    ['retry.attempts', { attempts: 0 }],
    ['retry.attempts', { attempts: 2.5 }],
    ['retry.baseDelayMs', { baseDelayMs: -1 }],
    ['retry.maxDelayMs', { baseDelayMs: 100, maxDelayMs: 50 }],
  ])('rejects a bad %s', async (option, retry) => {
    const error = await createSmsHarness({
      baseUrl: 'http://127.0.0.1:1/api/v1',
      retry: retry as never,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsOptionsError);
    expect(error).toMatchObject({ option });
  });
});
