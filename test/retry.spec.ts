import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  SmsAbortedException,
  type SmsException,
  SmsInsufficientCreditException,
  SmsInvalidReceptorException,
  SmsOptionsError,
  SmsProviderException,
  SmsTimeoutException,
  SmsUnavailableException,
} from '../lib/index.js';
import { isRetryable, parseRetryAfter, retryDelay, type RetryPolicy } from '../lib/retry/retry.policy.js';
import { MockSmsProvider } from '../lib/testing/index.js';
import { errorEnvelope } from './support/envelopes.js';
import { freePort } from './support/free-port.js';
import { createSmsHarness, type SmsHarness } from './support/sms-testing.js';

const policy: RetryPolicy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 };
const unavailable = new SmsUnavailableException('refused');
const tryLater = (httpStatus: number, retryAfterMs?: number) =>
  new SmsProviderException('try later', { httpStatus, retryAfterMs });

describe('the retry policy', () => {
  it.each<[string, SmsException, boolean]>([
    ['a refused connection', unavailable, true],
    ['a 503 without an envelope', tryLater(503), true],
    ['a 429 without an envelope', tryLater(429), true],
    ['a 500 without an envelope', tryLater(500), false],
    [
      'a 503 with an error envelope',
      new SmsProviderException('x', { httpStatus: 503, providerCode: 503 }),
      false,
    ],
    ['a timeout', new SmsTimeoutException('slow'), false],
    ['a connection reset', new SmsProviderException('reset', { maybeSent: true }), false],
    ['an insufficient credit', new SmsInsufficientCreditException('credit'), false],
    ['an aborted send', new SmsAbortedException('aborted', true), false],
  ])('%s is retryable: %p', (_case, exception, expected) => {
    expect(isRetryable(exception)).toBe(expected);
  });

  it.each([
    [1, 0, 50],
    [1, 0.999, 100],
    [2, 0, 100],
    [3, 0.5, 300],
    [5, 1, 1_000],
  ])(
    'after try %i with random %p waits %p ms (100 ms base, doubling, jitter over the upper half)',
    (attempt, random, delay) => {
      expect(retryDelay(unavailable, attempt, { ...policy, attempts: 10 }, () => random)).toBeCloseTo(
        delay,
        0,
      );
    },
  );

  it('stops after the last attempt', () => {
    expect(retryDelay(unavailable, 3, policy)).toBeUndefined();
  });

  it('honours Retry-After up to maxDelayMs', () => {
    expect(retryDelay(tryLater(429, 700), 1, policy)).toBe(700);
    expect(retryDelay(tryLater(429, 60_000), 1, policy)).toBe(1_000);
  });

  it.each<[string | undefined, number | undefined]>([
    ['2', 2_000],
    ['0', 0],
    ['1.5', 1_500],
    ['-1', undefined],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined],
    ['Thu, 26 Nov 2026 12:00:10 GMT', 10_000],
    ['Thu, 26 Nov 2026 11:00:00 GMT', 0],
  ])('reads Retry-After %p as %p ms', (header, expected) => {
    expect(parseRetryAfter(header, Date.parse('2026-11-26T12:00:00Z'))).toBe(expected);
  });
});

describe('sendArray retries only what cannot have been sent', () => {
  let provider: MockSmsProvider;
  let harness: SmsHarness;
  const send = () => harness.sms.sendArray({ message: 'Hello', receptors: ['09121234567'] });

  beforeAll(async () => {
    provider = new MockSmsProvider();
    const baseUrl = await provider.start();
    harness = await createSmsHarness({
      apiKey: provider.apiKey,
      baseUrl,
      timeout: 200,
      retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 200 },
    });
  });
  afterEach(() => provider.reset());
  afterAll(async () => {
    await harness.module.close();
    await provider.stop();
  });

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
