import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Test } from '@nestjs/testing';
import {
  type SmsException,
  SmsInsufficientCreditException,
  SmsInvalidDateException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsModule,
  SmsProviderException,
  SmsService,
  SmsTimeoutException,
  SmsTooManyReceptorsException,
  SmsUnavailableException,
} from '../../../lib/index.js';
import { formatSendDate } from '../../../lib/normalization/send-date.js';
import { ProviderErrorText } from '../../../lib/provider/sms-provider.protocol.js';
import { MockSmsProvider } from '../../../lib/testing/index.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { useSmsProvider } from '../../support/sms-provider.fixture.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HOUR = 3_600_000;
const receptors101 = Array.from({ length: 101 }, (_, i) => `0912${String(i).padStart(7, '0')}`);

/** A reply as a caller sees it. */
interface Reply {
  status: number;
  contentType: string | null;
  text: string;
  json: unknown;
}

async function call(url: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, json };
}

function postJson(url: string, body: unknown): Promise<Reply> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return call(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
}

/** The provider's texts, written out here so that a change to them fails these tests. */
const SENDER_TEXT = 'شماره فرستنده اشتباه است';
const RECEPTOR_TEXT = 'شماره گیرنده اشتباه است';
const COUNT_TEXT = 'تعداد گیرندگان بیش از یک شماره است';
const CREDIT_TEXT = 'اعتبار کافی نیست';
const DATE_TEXT = 'تاریخ ارسال برای گذشته است یا با فرمت غلط ثبت شده است';

const providerError = (status: number, message: string) => ({ error: { status, message } });

describe('MockSmsProvider over HTTP', () => {
  const provider = new MockSmsProvider({ apiKey: 'k3y/with+odd=chars', credit: 10 });
  let baseUrl: string;
  let sendArrayUrl: string;
  const sendArray = (body: Record<string, unknown> = {}) =>
    postJson(sendArrayUrl, { sender: '3000', message: 'سلام', receptors: ['09121234567'], ...body });

  beforeAll(async () => {
    baseUrl = await provider.start();
    sendArrayUrl = `${baseUrl}/${encodeURIComponent(provider.apiKey)}/sendArray`;
  });
  afterEach(() => {
    provider.reset();
    provider.credit = 10;
  });
  afterAll(() => provider.stop());

  it('listens on 127.0.0.1 under /api/v1', () => {
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(provider.baseUrl).toBe(baseUrl);
  });

  it('accepts a valid send with the success envelope, deducts the credit and records the message', async () => {
    const before = Math.floor(Date.now() / 1000);
    const reply = await sendArray({ sender: 3000, receptors: ['09121234567', '09351112233'] });
    const after = Math.ceil(Date.now() / 1000);

    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('application/json; charset=utf-8');
    const { data } = reply.json as { data: { message_id: string; time: number } };
    expect(data).toEqual({
      message_id: expect.stringMatching(UUID),
      status: 100,
      statustext: 'تایید شد',
      time: expect.any(Number),
    });
    expect(data.time).toBeGreaterThanOrEqual(before);
    expect(data.time).toBeLessThanOrEqual(after);
    expect(provider.credit).toBe(8);
    expect(provider.messages).toEqual([
      {
        messageId: data.message_id,
        sender: '3000',
        message: 'سلام',
        receptors: ['09121234567', '09351112233'],
        time: expect.any(Date),
      },
    ]);
  });

  it('accepts a send that uses the whole credit, and no more after it', async () => {
    provider.credit = 2;
    expect((await sendArray({ receptors: ['09121234567', '09351112233'] })).json).toHaveProperty('data');
    expect(provider.credit).toBe(0);
    expect((await sendArray()).json).toEqual(providerError(418, CREDIT_TEXT));
  });

  it('records a scheduled date as sent', async () => {
    const date = formatSendDate(Date.now() + 24 * HOUR, 'Asia/Tehran');
    expect((await sendArray({ date })).json).toHaveProperty('data');
    expect(provider.messages[0].date).toBe(date);
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['a sender with letters', { sender: 'SHOP' }, 415, SENDER_TEXT],
    ['a sender written with spaces', { sender: '30 00' }, 415, SENDER_TEXT],
    ['no sender', { sender: undefined }, 415, SENDER_TEXT],
    ['a negative sender number', { sender: -3000 }, 415, SENDER_TEXT],
    ['a receptor not written 09…', { receptors: ['+989121234567'] }, 416, RECEPTOR_TEXT],
    ['a receptor as a number', { receptors: [9121234567] }, 416, RECEPTOR_TEXT],
    ['no receptors', { receptors: [] }, 416, RECEPTOR_TEXT],
    ['receptors as a string', { receptors: '09121234567' }, 416, RECEPTOR_TEXT],
    ['101 receptors', { receptors: receptors101 }, 417, COUNT_TEXT],
    ['a past date', { date: '2000-01-01 10:00:00' }, 418, DATE_TEXT],
    ['a malformed date', { date: '2099-1-1 10:00' }, 418, DATE_TEXT],
    ['the 30th of February', { date: '2099-02-30 10:00:00' }, 418, DATE_TEXT],
    ['a date that is not a string', { date: 4102444800 }, 418, DATE_TEXT],
    ['a date of null', { date: null }, 418, DATE_TEXT],
    ['more receptors than credit', { receptors: receptors101.slice(0, 11) }, 418, CREDIT_TEXT],
  ])('rejects %s with HTTP 200 and error %i', async (_case, body, code, text) => {
    const reply = await sendArray(body);
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('application/json; charset=utf-8');
    expect(reply.json).toEqual(providerError(code, text));
    expect(provider.credit).toBe(10);
    expect(provider.messages).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['a bad sender before bad receptors', { sender: 'x', receptors: [] }, 415, SENDER_TEXT],
    ['bad receptors before a bad date', { receptors: ['1'], date: 'x' }, 416, RECEPTOR_TEXT],
    ['too many receptors before a bad date', { receptors: receptors101, date: 'x' }, 417, COUNT_TEXT],
    ['a bad date before the credit', { receptors: receptors101.slice(0, 11), date: 'x' }, 418, DATE_TEXT],
  ])('checks %s', async (_case, body, code, text) => {
    expect((await sendArray(body)).json).toEqual(providerError(code, text));
  });

  it.each<[string, string | Record<string, unknown>]>([
    ['a body that is not JSON', 'sender=3000'],
    ['a JSON array', '[1,2]'],
    ['JSON null', 'null'],
    ['an empty message', { sender: '3000', message: '', receptors: ['09121234567'] }],
    ['a blank message', { sender: '3000', message: ' \n ', receptors: ['09121234567'] }],
    ['a message that is not a string', { sender: '3000', message: 42, receptors: ['09121234567'] }],
  ])('answers %s with HTTP 400 and an error envelope', async (_case, body) => {
    const reply = await postJson(sendArrayUrl, body);
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ error: { status: 400, message: expect.stringMatching(/\S/) } });
    expect(provider.messages).toEqual([]);
  });

  it('answers a wrong API key with HTTP 401', async () => {
    const reply = await postJson(`${baseUrl}/wrong-key/sendArray`, {
      sender: '3000',
      message: 'x',
      receptors: [],
    });
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual(providerError(401, 'کلید API نامعتبر است'));
  });

  it('reads the API key URL-decoded, so an unencoded key with a slash is another route', async () => {
    expect((await postJson(`${baseUrl}/${provider.apiKey}/sendArray`, {})).status).toBe(404);
    expect(
      (await postJson(`${baseUrl}/${encodeURIComponent('k3y/with odd=chars')}/sendArray`, {})).status,
    ).toBe(401);
  });

  it.each(['', '/'])('answers GET of the base path%s with 200 {"status":"ok"}', async (suffix) => {
    const reply = await call(`${baseUrl}${suffix}`);
    expect(reply).toEqual({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      text: '{"status":"ok"}',
      json: { status: 'ok' },
    });
  });

  it.each<[string, string, string]>([
    ['an unknown path', 'GET', '/api/v2'],
    ['another method', 'GET', `/api/v1/KEY/sendArray`],
    ['another method on the base path', 'POST', '/api/v1'],
    ['another API method', 'POST', `/api/v1/KEY/send`],
  ])('answers %s with 404 and an error envelope', async (_case, method, path) => {
    const url = new URL(baseUrl).origin + path.replace('KEY', encodeURIComponent(provider.apiKey));
    const reply = await call(url, { method });
    expect(reply.status).toBe(404);
    expect((reply.json as { error: { status: number } }).error.status).toBe(404);
  });

  it('records every request, in order, whatever its route', async () => {
    await sendArray();
    await call(baseUrl);
    await postJson(sendArrayUrl, 'not json');

    const requests = provider.requests;
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: `/api/v1/${encodeURIComponent(provider.apiKey)}/sendArray`,
      headers: { 'content-type': 'application/json' },
      json: { sender: '3000', message: 'سلام', receptors: ['09121234567'] },
    });
    expect(JSON.parse(requests[0].body)).toEqual(requests[0].json);
    expect(requests[1]).toMatchObject({ method: 'GET', path: '/api/v1', body: '' });
    expect(requests[2]).toMatchObject({ method: 'POST', body: 'not json' });
    expect(requests[2]).not.toHaveProperty('json');
  });

  describe('faults', () => {
    it('delays the normal answer by delayMs', async () => {
      provider.failNext({ delayMs: 150 });
      const started = Date.now();
      const reply = await sendArray();
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      expect(reply.json).toHaveProperty('data');
      expect(provider.messages).toHaveLength(1);
    });

    it('drips the body one byte every dripMs, after sending the headers at once', async () => {
      provider.failNext({ status: 200, body: 'abc', dripMs: 60 });
      const started = Date.now();
      const reply = await sendArray();
      expect(reply).toMatchObject({ status: 200, text: 'abc' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    });

    it('drips a processed answer: the send is accepted, only its reply is slow', async () => {
      provider.failNext({ dripMs: 1 });
      const reply = await sendArray();
      expect(reply.json).toHaveProperty('data');
      expect(provider.messages).toHaveLength(1);
    });

    it('drops the connection without a reply', async () => {
      provider.failNext({ drop: true });
      await expect(sendArray()).rejects.toThrow('fetch failed');
      expect(provider.requests).toHaveLength(1);
      expect(provider.messages).toEqual([]);
      expect(provider.credit).toBe(10);
    });

    it('answers with a status and a text body as is', async () => {
      provider.failNext({ status: 503, body: 'Service Unavailable' });
      const reply = await sendArray();
      expect(reply).toMatchObject({ status: 503, text: 'Service Unavailable' });
      expect(provider.messages).toEqual([]);
    });

    it('answers with a status and an envelope as JSON, without processing the send', async () => {
      const envelope = providerError(416, ProviderErrorText.INVALID_RECEPTOR);
      provider.failNext({ status: 200, body: envelope });
      const reply = await sendArray();
      expect(reply).toMatchObject({ status: 200, json: envelope });
      expect(provider.credit).toBe(10);
    });

    it('answers with a status alone with an empty body', async () => {
      provider.failNext({ status: 500 });
      expect(await sendArray()).toMatchObject({ status: 500, text: '' });
    });

    it('applies delayMs before a status', async () => {
      provider.failNext({ delayMs: 100, status: 502, body: 'Bad Gateway' });
      const started = Date.now();
      expect(await sendArray()).toMatchObject({ status: 502, text: 'Bad Gateway' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    });

    it('consumes queued faults in order, `times` each, on any route, then answers normally', async () => {
      provider.failNext({ status: 500 }, 2).failNext({ status: 502 });
      const statuses: number[] = [];
      statuses.push((await sendArray()).status);
      statuses.push((await call(baseUrl)).status);
      statuses.push((await sendArray()).status);
      statuses.push((await sendArray()).status);
      expect(statuses).toEqual([500, 500, 502, 200]);
    });

    it('rejects a times that is not a positive integer', () => {
      expect(() => provider.failNext({ status: 500 }, 0)).toThrow(RangeError);
      expect(() => provider.failNext({ status: 500 }, Infinity)).toThrow(RangeError);
    });
  });

  it('counts the requests in flight and the most at once', async () => {
    provider.failNext({ delayMs: 300 }, 3);
    const replies = Promise.all([sendArray(), sendArray(), sendArray()]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(provider.inFlight).toBe(3);
    await replies;
    expect(provider.inFlight).toBe(0);
    expect(provider.maxInFlight).toBe(3);
    expect(provider.credit).toBe(7);
  });

  it('reset forgets requests, messages, faults and maxInFlight, and keeps the credit', async () => {
    await sendArray();
    provider.failNext({ status: 500 });
    provider.reset();

    expect(provider.requests).toEqual([]);
    expect(provider.messages).toEqual([]);
    expect(provider.maxInFlight).toBe(0);
    expect(provider.credit).toBe(9);
    expect((await sendArray()).status).toBe(200);
  });

  it('reads the date in its own time zone', async () => {
    const utcProvider = new MockSmsProvider({ timeZone: 'UTC' });
    const utcUrl = `${await utcProvider.start()}/test-api-key/sendArray`;
    try {
      // Two hours ahead on a UTC wall clock is an hour and a half ago in Tehran (UTC+03:30).
      const date = formatSendDate(Date.now() + 2 * HOUR, 'UTC');
      const body = { sender: '3000', message: 'x', receptors: ['09121234567'], date };
      expect((await postJson(utcUrl, body)).json).toHaveProperty('data');
      expect((await sendArray({ date })).json).toEqual(providerError(418, DATE_TEXT));
    } finally {
      await utcProvider.stop();
    }
  });

  it('accepts only the given senders when senders is set', async () => {
    const strict = new MockSmsProvider({ senders: ['+983000', '10004346'] });
    const url = `${await strict.start()}/test-api-key/sendArray`;
    try {
      const send = (sender: unknown) => postJson(url, { sender, message: 'x', receptors: ['09121234567'] });
      expect((await send('10004346')).json).toHaveProperty('data');
      expect((await send(10004346)).json).toHaveProperty('data');
      expect((await send('+983000')).json).toHaveProperty('data');
      expect((await send('3000')).json).toEqual(providerError(415, SENDER_TEXT));
    } finally {
      await strict.stop();
    }
  });
});

describe('MockSmsProvider lifecycle', () => {
  it('has defaults: the key test-api-key and unlimited credit', () => {
    const provider = new MockSmsProvider();
    expect(provider.apiKey).toBe('test-api-key');
    expect(provider.credit).toBe(Infinity);
  });

  it('rejects an unknown time zone', () => {
    expect(() => new MockSmsProvider({ timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('has no baseUrl before start or after stop, and can start again', async () => {
    const provider = new MockSmsProvider();
    expect(() => provider.baseUrl).toThrow(/not started/);
    await provider.start();
    await expect(provider.start()).rejects.toThrow(/already started/);
    await provider.stop();
    expect(() => provider.baseUrl).toThrow(/not started/);
    const baseUrl = await provider.start();
    expect((await call(baseUrl)).status).toBe(200);
    await provider.stop();
    await provider.stop();
  });

  it('stop closes keep-alive connections and requests still delayed', async () => {
    const provider = new MockSmsProvider();
    const baseUrl = await provider.start();
    await call(baseUrl);
    expect(provider.openConnections).toBe(1);

    provider.failNext({ delayMs: 5_000 });
    const delayed = call(baseUrl);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(provider.inFlight).toBe(1);

    const started = Date.now();
    await provider.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(provider.openConnections).toBe(0);
    expect(provider.inFlight).toBe(0);
    await expect(delayed).rejects.toThrow('fetch failed');
    await expect(fetch(baseUrl)).rejects.toMatchObject({
      message: 'fetch failed',
      cause: { code: 'ECONNREFUSED' },
    });
  });

  it('once stopped, refuses a client that kept its connection alive: SmsService sees it unavailable', async () => {
    const provider = new MockSmsProvider();
    const module = await Test.createTestingModule({
      imports: [
        SmsModule.forRoot({ apiKey: provider.apiKey, baseUrl: await provider.start(), defaultSender: 3000 }),
      ],
    })
      .setLogger(new RecordingLogger())
      .compile();
    try {
      const sms = module.get(SmsService);
      await sms.sendArray({ message: 'x', receptors: ['09121234567'] });
      expect(provider.openConnections).toBe(1);

      await provider.stop();
      const error = await sms
        .sendArray({ message: 'x', receptors: ['09121234567'] })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SmsUnavailableException);
      expect((error as Error).message).toContain('ECONNREFUSED');
    } finally {
      await module.close();
    }
  });
});

describe('MockSmsProvider behind SmsModule', () => {
  const fixture = useSmsProvider({
    provider: { apiKey: 'k3y/with+odd=chars', credit: 5, senders: ['3000'] },
    defaultSender: '3000',
  });
  const { provider } = fixture;

  it('receives the normalised send and answers with a result SmsService reads', async () => {
    const date = new Date(Date.now() + 24 * HOUR);
    const result = await fixture.sms.sendArray({
      message: 'Your code is 1234',
      receptors: ['+98 912 123 4567', '۰۹۳۵-۱۱۱-۲۲۳۳', '00989121234567'],
      date,
    });

    const [message] = provider.messages;
    expect(message).toMatchObject({
      sender: '3000',
      message: 'Your code is 1234',
      receptors: ['09121234567', '09351112233'],
      date: formatSendDate(date, 'Asia/Tehran'),
    });
    expect(result).toEqual({
      messageId: message.messageId,
      status: 100,
      statusText: 'تایید شد',
      time: new Date(Math.floor(message.time.getTime() / 1000) * 1000),
    });
    expect(provider.credit).toBe(3);
  });

  it('rejects a sender it does not know with SmsInvalidSenderException', async () => {
    const error = await fixture.sms
      .sendArray({ sender: '4000', message: 'x', receptors: ['09121234567'] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsInvalidSenderException);
    expect(error).toMatchObject({ providerCode: 415, providerMessage: ProviderErrorText.INVALID_SENDER });
  });

  it('rejects a send beyond the credit with SmsInsufficientCreditException', async () => {
    provider.credit = 1;
    const error = await fixture.sms
      .sendArray({ message: 'x', receptors: ['09121234567', '09351112233'] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsInsufficientCreditException);
    expect(error).toMatchObject({
      providerCode: 418,
      providerMessage: ProviderErrorText.INSUFFICIENT_CREDIT,
    });
    expect((error as SmsException).getStatus()).toBe(402);
    expect(provider.messages).toEqual([]);
    expect(provider.credit).toBe(1);
  });

  it.each<[string, number, string, new (...args: never[]) => SmsException]>([
    ['416', 416, ProviderErrorText.INVALID_RECEPTOR, SmsInvalidReceptorException],
    ['417', 417, ProviderErrorText.TOO_MANY_RECEPTORS, SmsTooManyReceptorsException],
    ['418 (date)', 418, ProviderErrorText.INVALID_DATE, SmsInvalidDateException],
  ])('maps a queued %s envelope to its exception', async (_case, code, text, Exception) => {
    provider.failNext({ status: 200, body: providerError(code, text) });
    const error = await fixture.sms
      .sendArray({ message: 'x', receptors: ['09121234567'] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Exception);
    expect(error).toMatchObject({ providerCode: code, providerMessage: text });
    expect(provider.messages).toEqual([]);
  });

  it('a dropped connection is an SmsProviderException', async () => {
    provider.failNext({ drop: true });
    await expect(fixture.sms.sendArray({ message: 'x', receptors: ['09121234567'] })).rejects.toBeInstanceOf(
      SmsProviderException,
    );
  });

  it('a reply slower than the timeout is an SmsTimeoutException', async () => {
    provider.failNext({ delayMs: 300 });
    await expect(
      fixture.sms.sendArray({ message: 'x', receptors: ['09121234567'] }, { timeout: 50 }),
    ).rejects.toBeInstanceOf(SmsTimeoutException);
  });
});
