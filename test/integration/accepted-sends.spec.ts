import { describe, expect, it } from '@jest/globals';
import {
  SmsAuthenticationException,
  SmsHealthIndicator,
  SmsProviderException,
  type SendArrayInput,
} from '../../lib/index.js';
import { useSmsProvider } from '../support/sms-provider.fixture.js';
import { createSmsHarness } from '../support/sms-testing.js';

const send: SendArrayInput = { message: 'Hello', receptors: ['09121234567'] };
/** The provider's example time, 2022-03-05 09:42:52 UTC, as Unix seconds. */
const SECONDS = 1646473372;
const INSTANT = new Date(SECONDS * 1000);

const fixture = useSmsProvider({ timeout: 500, healthTimeout: 500 });
const { provider } = fixture;

/** Answers the next request with `body` as it is written, with HTTP `status`. */
const answer = (body: string, status = 200) => provider.failNext({ status, body });

describe('a data envelope with a message_id is an accepted send', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'time in Unix seconds',
      `{"data":{"message_id":"m-1","status":100,"statustext":"تایید شد","time":${SECONDS}}}`,
      { time: INSTANT },
    ],
    [
      'time as a digit string',
      `{"data":{"message_id":"m-1","status":100,"time":"${SECONDS}"}}`,
      { time: INSTANT },
    ],
    [
      'time written Y-m-d H:i:s in the configured zone',
      '{"data":{"message_id":"m-1","status":100,"time":"2022-03-05 13:12:52"}}',
      { time: INSTANT },
    ],
    [
      'time in ISO 8601 with an offset',
      '{"data":{"message_id":"m-1","status":100,"time":"2022-03-05T13:12:52+03:30"}}',
      { time: INSTANT },
    ],
    [
      'time in ISO 8601 in UTC',
      '{"data":{"message_id":"m-1","status":100,"time":"2022-03-05T09:42:52Z"}}',
      { time: INSTANT },
    ],
    ['status as a digit string', '{"data":{"message_id":"m-1","status":"100","time":1}}', { status: 100 }],
    ['no statustext', '{"data":{"message_id":"m-1","status":100,"time":1}}', { statusText: '' }],
    [
      'a numeric message_id',
      '{"data":{"message_id":4455667788,"status":100,"time":1}}',
      { messageId: '4455667788' },
    ],
    [
      'a message_id beyond 2^53, digit for digit',
      '{"data":{"message_id":9223372036854775807,"status":100,"time":1}}',
      { messageId: '9223372036854775807' },
    ],
    [
      'a large message_id beside a large number elsewhere',
      '{"note":12345678901234567890,"data":{"message_id":18446744073709551615,"status":100,"time":1}}',
      { messageId: '18446744073709551615' },
    ],
  ])('with %s', async (_case, body, expected) => {
    answer(body);
    const result = await fixture.sms.sendArray(send);
    expect(result).toMatchObject({ messageId: 'm-1', ...expected });
  });

  it.each([
    ['no status', '{"data":{"message_id":"m-1","time":1}}'],
    ['a status that is no number', '{"data":{"message_id":"m-1","status":"ok","time":1}}'],
  ])('with %s: accepted, status undefined', async (_case, body) => {
    answer(body);
    const result = await fixture.sms.sendArray(send);
    expect(result).toEqual({ messageId: 'm-1', statusText: '', time: new Date(1_000) });
  });

  it.each([
    ['a time that is no time', '"soon"', 'soon'],
    ['a date that does not exist', '"2022-02-30 10:00:00"', '2022-02-30 10:00:00'],
    ['an ISO time without an offset', '"2022-03-05T13:12:52"', '2022-03-05T13:12:52'],
    ['a time out of range', '1e300', '1e+300'],
    ['a time that is an object', '{"at":1}', '{"at":1}'],
  ])('with %s: accepted, time undefined, the raw text kept, a warning logged', async (_case, time, raw) => {
    fixture.logger.clear();
    answer(`{"data":{"message_id":"m-2","status":100,"time":${time}}}`);
    const result = await fixture.sms.sendArray(send);
    expect(result).toMatchObject({ messageId: 'm-2', status: 100, rawTime: raw });
    expect(result.time).toBeUndefined();
    expect(fixture.logger.messages('warn')).toEqual([
      expect.stringContaining('message m-2 was accepted, but its time could not be read'),
    ]);
  });

  it('with no time at all: accepted, time undefined, no warning', async () => {
    fixture.logger.clear();
    answer('{"data":{"message_id":"m-3","status":100}}');
    const result = await fixture.sms.sendArray(send);
    expect(result).toEqual({ messageId: 'm-3', status: 100, statusText: '' });
    expect(fixture.logger.messages('warn')).toEqual([]);
  });

  it('whatever the HTTP status, 401 and 5xx included', async () => {
    for (const status of [202, 401, 500]) {
      answer(`{"data":{"message_id":"m-${status}","status":100,"time":1}}`, status);
      await expect(fixture.sms.sendArray(send)).resolves.toMatchObject({ messageId: `m-${status}` });
    }
  });

  it.each([
    ['an empty message_id', '{"data":{"message_id":"","status":100,"time":1}}'],
    ['a null message_id', '{"data":{"message_id":null,"status":100,"time":1}}'],
    ['no message_id', '{"data":{"status":100,"time":1}}'],
  ])('but %s is not an accepted send: the send may have gone out', async (_case, body) => {
    answer(body);
    const error = await fixture.sms.sendArray(send).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsProviderException);
    expect(error).toMatchObject({ maybeSent: true });
  });
});

describe('a reply with both a data and an error envelope', () => {
  it('is ambiguous: an SmsProviderException that may have been sent, and nothing is retried', async () => {
    answer(
      '{"data":{"message_id":"m-4","status":100,"time":1},"error":{"status":418,"message":"اعتبار کافی نیست"}}',
    );
    const error = await fixture.sms.sendArray(send).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsProviderException);
    expect(error).toMatchObject({ maybeSent: true, providerCode: 418 });
    expect(provider.requests).toHaveLength(1);
  });
});

describe('HTTP 401 or 403: the API key was refused', () => {
  it.each([401, 403])(
    "HTTP %i is an SmsAuthenticationException, a 502 to the application's clients",
    async (status) => {
      answer('{"error":{"status":401,"message":"کلید API نامعتبر است"}}', status);
      const error = await fixture.sms.sendArray(send).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SmsAuthenticationException);
      expect(error).toMatchObject({ code: 'SMS_AUTHENTICATION_FAILED', maybeSent: false });
      expect((error as SmsAuthenticationException).getStatus()).toBe(502);
      expect((error as Error).message).toMatch(/API key was refused/);
      expect(provider.requests).toHaveLength(1);
    },
  );

  it('without any envelope too', async () => {
    answer('<html>Forbidden</html>', 403);
    await expect(fixture.sms.sendArray(send)).rejects.toBeInstanceOf(SmsAuthenticationException);
  });

  it('makes the health indicator report down until a send succeeds again', async () => {
    const indicator = fixture.module.get(SmsHealthIndicator);
    answer('{"error":{"status":401,"message":"کلید API نامعتبر است"}}', 401);
    await fixture.sms.sendArray(send).catch(() => undefined);
    await expect(indicator.isHealthy()).resolves.toEqual({
      sms: { status: 'down', reason: 'API key refused' },
    });
    await fixture.sms.sendArray(send);
    await expect(indicator.isHealthy()).resolves.toMatchObject({ sms: { status: 'up' } });
  });

  it('from MockSmsProvider, for a key it does not know', async () => {
    const wrongKey = await createSmsHarness({ apiKey: 'not-the-key', baseUrl: provider.baseUrl });
    try {
      await expect(wrongKey.sms.sendArray(send)).rejects.toBeInstanceOf(SmsAuthenticationException);
    } finally {
      await wrongKey.module.close();
    }
  });
});
