import { describe, expect, it } from '@jest/globals';
import {
  SmsAbortedException,
  SmsException,
  SmsInsufficientCreditException,
  SmsInvalidDateException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsProviderException,
  SmsTimeoutException,
  SmsTooManyReceptorsException,
  SmsUnavailableException,
  SmsValidationException,
  type SendArrayInput,
} from '../../lib/index.js';
import { dataEnvelope, errorEnvelope } from '../support/envelopes.js';
import { freePort } from '../support/free-port.js';
import { useSmsProvider } from '../support/sms-provider.fixture.js';
import { API_KEY, createSmsHarness } from '../support/sms-testing.js';

const RECEPTOR = '09121234567';
const send = (input: Partial<SendArrayInput> = {}): SendArrayInput => ({
  message: 'Hello',
  receptors: [RECEPTOR],
  ...input,
});

const fixture = useSmsProvider({ timeout: 500 });
const { provider } = fixture;

describe('SmsService.sendArray on the wire', () => {
  it('POSTs the JSON body to {baseUrl}/{encoded key}/sendArray and returns the reply as a SendArrayResult', async () => {
    provider.failNext({
      body: dataEnvelope({ message_id: '55800454-fe52-44b3-9c44-43c87d6f29b2', time: 1646473372 }),
    });

    const result = await fixture.sms.sendArray(
      send({ sender: '+۹۸۳۰۰۰', receptors: ['+98 912 123 4567', '0912-123-4567', '9351112233'] }),
    );

    expect(result).toEqual({
      messageId: '55800454-fe52-44b3-9c44-43c87d6f29b2',
      status: 100,
      statusText: 'تایید شد',
      time: new Date(1646473372 * 1000),
    });
    const [request] = provider.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/api/v1/${encodeURIComponent(API_KEY)}/sendArray`);
    expect(request.headers.accept).toBe('application/json');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(sentBody()).toEqual({
      sender: '+983000',
      message: 'Hello',
      receptors: ['09121234567', '09351112233'],
    });
  });

  it('falls back to defaultSender and leaves date out when absent', async () => {
    await fixture.sms.sendArray(send());
    expect(sentBody()).toEqual({ sender: '10004346', message: 'Hello', receptors: [RECEPTOR] });
  });

  it('sends a Date as YYYY-MM-DD HH:mm:ss on the Tehran wall clock', async () => {
    await fixture.sms.sendArray(send({ date: new Date('2099-03-20T20:30:05Z') }));
    expect(sentBody()).toMatchObject({ date: '2099-03-21 00:00:05' });
  });

  it('sends a date string as given when it is a real future time', async () => {
    await fixture.sms.sendArray(send({ date: '2099-01-31 23:59:59' }));
    expect(sentBody()).toMatchObject({ date: '2099-01-31 23:59:59' });
  });

  it.each([
    ['a numeric message_id', { message_id: 4455667788 }, { messageId: '4455667788' }],
    ['a time as a numeric string', { time: '1646473372' }, { time: new Date(1646473372000) }],
    ['a status as a numeric string', { status: '100' }, { status: 100 }],
  ])('reads %s', async (_case, data, expected) => {
    provider.failNext({ body: dataEnvelope(data) });
    await expect(fixture.sms.sendArray(send())).resolves.toMatchObject(expected);
  });

  it('reads a data envelope whatever the HTTP status', async () => {
    provider.failNext({ status: 202, body: dataEnvelope({ message_id: 'accepted-202' }) });
    await expect(fixture.sms.sendArray(send())).resolves.toMatchObject({ messageId: 'accepted-202' });
  });
});

describe('SmsService.sendArray maps every provider failure to a typed exception', () => {
  const providerErrors: Array<[string, number, string, new (...args: never[]) => SmsException, number]> = [
    ['415, wrong sender', 415, 'شماره فرستنده اشتباه است', SmsInvalidSenderException, 400],
    ['416, wrong receptor', 416, 'شماره گیرنده اشتباه است', SmsInvalidReceptorException, 400],
    ['417, too many receptors', 417, 'تعداد گیرندگان بیش از یک شماره است', SmsTooManyReceptorsException, 400],
    ['418, credit', 418, 'اعتبار کافی نیست', SmsInsufficientCreditException, 402],
    ['418, date', 418, 'تاریخ ارسال برای گذشته است یا با فرمت غلط ثبت شده است', SmsInvalidDateException, 400],
    ['an unknown code', 499, 'خطای ناشناخته', SmsProviderException, 502],
  ];

  describe.each([200, 400])('in an error envelope with HTTP %i', (httpStatus) => {
    it.each(providerErrors)('%s', async (_case, code, text, Exception, status) => {
      provider.failNext({ status: httpStatus, body: errorEnvelope(code, text) });

      const error = await fixture.sms.sendArray(send()).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(Exception);
      expect(error).toMatchObject({ providerCode: code, providerMessage: text });
      expect((error as SmsException).getStatus()).toBe(status);
      expect((error as SmsException).getResponse()).toMatchObject({
        statusCode: status,
        providerCode: code,
        providerMessage: text,
      });
    });
  });

  it.each([
    ['an HTTP 500 without an envelope', { status: 500, body: 'Internal Server Error' }],
    ['an HTTP 500 with an empty JSON object', { status: 500, body: {} }],
    ['a reply that is not JSON', { status: 200, body: '<html>maintenance</html>' }],
    ['a reply with neither envelope', { status: 200, body: { ok: true } }],
    ['a JSON array', { status: 200, body: [1, 2] }],
    ['a data envelope without message_id', { status: 200, body: { data: { status: 100, time: 1 } } }],
    ['a redirect', { status: 302, body: '' }],
  ])('%s is an SmsProviderException (502)', async (_case, reply) => {
    provider.failNext(reply);
    const error = await fixture.sms.sendArray(send()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsProviderException);
    expect((error as SmsException).getStatus()).toBe(502);
  });

  it('a provider slower than the timeout is an SmsTimeoutException (504)', async () => {
    provider.failNext({ delayMs: 2_000 });
    const started = Date.now();
    const error = await fixture.sms.sendArray(send()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsTimeoutException);
    expect((error as SmsException).getStatus()).toBe(504);
    expect((error as Error).message).toContain('500 ms');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('a per-call timeout replaces the module one', async () => {
    provider.failNext({ delayMs: 300 });
    const error = await fixture.sms.sendArray(send(), { timeout: 50 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsTimeoutException);
    expect((error as Error).message).toContain('50 ms');
  });

  it('an aborted signal rejects with SmsAbortedException', async () => {
    provider.failNext({ delayMs: 300 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(fixture.sms.sendArray(send(), { signal: controller.signal })).rejects.toBeInstanceOf(
      SmsAbortedException,
    );
  });

  it('a signal aborted before the call sends nothing', async () => {
    await expect(fixture.sms.sendArray(send(), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      SmsAbortedException,
    );
    expect(provider.requests).toHaveLength(0);
  });

  it('a refused connection is an SmsUnavailableException (503)', async () => {
    const closedPort = await freePort();
    const refused = await createSmsHarness({ baseUrl: `http://127.0.0.1:${closedPort}/api/v1` });
    try {
      const error = await refused.sms.sendArray(send()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SmsUnavailableException);
      expect((error as SmsException).getStatus()).toBe(503);
      expect((error as Error).message).toContain('ECONNREFUSED');
    } finally {
      await refused.module.close();
    }
  });
});

describe('SmsService.sendArray rejects bad input before sending anything', () => {
  const receptors101 = Array.from({ length: 101 }, (_, i) => `0912${String(i).padStart(7, '0')}`);

  it.each<[string, unknown, new (...args: never[]) => SmsException]>([
    ['an invalid receptor', send({ receptors: [RECEPTOR, '12345'] }), SmsInvalidReceptorException],
    ['no receptors', send({ receptors: [] }), SmsInvalidReceptorException],
    ['101 distinct receptors', send({ receptors: receptors101 }), SmsTooManyReceptorsException],
    ['a sender with letters', send({ sender: 'SHOP' }), SmsInvalidSenderException],
    ['a past date', send({ date: new Date(Date.now() - 1_000) }), SmsInvalidDateException],
    ['a malformed date', send({ date: '2099-1-1 10:00' }), SmsInvalidDateException],
    ['the 30th of February', send({ date: '2099-02-30 10:00:00' }), SmsInvalidDateException],
    ['an invalid Date', send({ date: new Date('nope') }), SmsInvalidDateException],
    [
      'a Date past the year 9999',
      send({ date: new Date('+010000-01-01T00:00:00Z') }),
      SmsInvalidDateException,
    ],
    ['a date in a three-digit year', send({ date: '0999-01-01 00:00:00' }), SmsInvalidDateException],
    ['a blank message', send({ message: '  \n ' }), SmsValidationException],
    [
      'a message of spaces and invisible format characters',
      send({ message: ' \u200b\ufeff\u200e\u200f\u2060\u200c\u00a0\u3000\u202e\u2066 ' }),
      SmsValidationException,
    ],
    [
      'a receptor list whose reading throws',
      send({
        receptors: new Proxy([RECEPTOR], {
          get(target, key, receiver) {
            if (key === '0') throw new Error('hostile');
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
      }),
      SmsInvalidReceptorException,
    ],
    ['a message that is not a string', send({ message: 42 as unknown as string }), SmsValidationException],
    [
      'receptors that are not an array',
      send({ receptors: RECEPTOR as unknown as string[] }),
      SmsValidationException,
    ],
    ['no input at all', undefined, SmsValidationException],
  ])('%s', async (_case, input, Exception) => {
    const error = await fixture.sms.sendArray(input as SendArrayInput).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Exception);
    expect((error as SmsException).getStatus()).toBe(400);
    expect(provider.requests).toHaveLength(0);
  });

  it('lists the invalid receptors, as given, in the exception and its body', async () => {
    const error = (await fixture.sms
      .sendArray(send({ receptors: [RECEPTOR, '0912', 12, null as unknown as string] }))
      .catch((caught: unknown) => caught)) as SmsInvalidReceptorException;
    expect(error.invalidReceptors).toEqual(['0912', '12', 'null']);
    expect(error.getResponse()).toMatchObject({
      code: 'SMS_INVALID_RECEPTOR',
      invalidReceptors: ['0912', '12', 'null'],
    });
    expect(error.message).not.toContain('0912');
  });

  it('sends 100 distinct receptors, and duplicates once', async () => {
    const receptors = [...receptors101.slice(0, 100), receptors101[0], `+98${receptors101[1].slice(1)}`];
    await fixture.sms.sendArray(send({ receptors }));
    expect((sentBody() as { receptors: string[] }).receptors).toEqual(receptors101.slice(0, 100));
  });

  it('rejects an invalid per-call timeout', async () => {
    await expect(fixture.sms.sendArray(send(), { timeout: 0 })).rejects.toBeInstanceOf(
      SmsValidationException,
    );
    expect(provider.requests).toHaveLength(0);
  });
});

describe('SmsService.sendArray checks the message', () => {
  it('takes a zero-width non-joiner inside Persian words as ordinary text', async () => {
    await fixture.sms.sendArray(send({ message: 'می\u200cخواهم' }));
    expect(sentBody()).toMatchObject({ message: 'می\u200cخواهم' });
  });

  it('says what is wrong with an empty message once', async () => {
    const error = await fixture.sms.sendArray(send({ message: '\u200b' })).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('message must be a non-empty string');
  });
});

describe('maxSegments', () => {
  /** 2,000 Persian letters: 30 parts of 67 UCS-2 code units, for each receptor. */
  const long = 'س'.repeat(2_000);

  it('refuses, per call, a message of more parts, naming the count, before sending', async () => {
    const error = await fixture.sms
      .sendArray(send({ message: long }), { maxSegments: 5 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsValidationException);
    expect((error as Error).message).toBe('message is 30 segments long: maxSegments allows 5');
    expect(provider.requests).toHaveLength(0);
  });

  it('refuses it from the module option, for sendArray and sendBulk', async () => {
    const limited = await createSmsHarness({ baseUrl: provider.baseUrl, maxSegments: 2 });
    try {
      await expect(limited.sms.sendArray(send({ message: long }))).rejects.toThrow(
        'message is 30 segments long: maxSegments allows 2',
      );
      await expect(limited.sms.sendBulk({ message: long, receptors: [RECEPTOR] })).rejects.toThrow(
        SmsValidationException,
      );
      await expect(limited.sms.sendArray(send({ message: 'س'.repeat(134) }))).resolves.toMatchObject({
        status: 100,
      });
      expect(provider.requests).toHaveLength(1);
    } finally {
      await limited.module.close();
    }
  });

  it('a per-call maxSegments that is not a whole number of at least 1 is refused', async () => {
    await expect(fixture.sms.sendArray(send(), { maxSegments: 0 })).rejects.toThrow(SmsValidationException);
    await expect(fixture.sms.sendArray(send(), { maxSegments: 1.5 })).rejects.toThrow('maxSegments');
  });

  it('a module maxSegments that is not a whole number of at least 1 fails the start', async () => {
    await expect(createSmsHarness({ baseUrl: provider.baseUrl, maxSegments: 0 })).rejects.toMatchObject({
      option: 'maxSegments',
    });
  });
});

describe('SmsService.validateMessage', () => {
  it('returns the sender, message and date as the provider receives them, and sends nothing', () => {
    const parts = fixture.sms.validateMessage({
      sender: '+۹۸۳۰۰۰',
      message: 'Hi',
      date: '2099-01-02 03:04:05',
    });
    expect(parts).toEqual({ sender: '+983000', message: 'Hi', date: '2099-01-02 03:04:05' });
    expect(fixture.sms.validateMessage({ message: 'Hi' })).toEqual({ sender: '10004346', message: 'Hi' });
    expect(provider.requests).toHaveLength(0);
  });

  it.each<[string, unknown, new (...args: never[]) => SmsException]>([
    ['a sender with letters', { message: 'Hi', sender: 'SHOP' }, SmsInvalidSenderException],
    ['a past date', { message: 'Hi', date: new Date(Date.now() - 1_000) }, SmsInvalidDateException],
    ['a blank message', { message: ' ' }, SmsValidationException],
  ])('throws what sendArray would for %s', (_case, input, Exception) => {
    expect(() => fixture.sms.validateMessage(input as SendArrayInput)).toThrow(Exception);
  });

  it('applies the module maxSegments', () => {
    expect(() => fixture.sms.validateMessage({ message: 'س'.repeat(2_000) })).not.toThrow();
  });
});

describe('SmsService logging', () => {
  it('says "1 segment" for one', async () => {
    const logged = await createSmsHarness({ baseUrl: provider.baseUrl });
    await logged.sms.sendArray(send());
    await logged.module.close();
    expect(logged.logger.messages('debug')).toEqual([expect.stringMatching(/, 1 segment: message /)]);
  });

  it('masks phone numbers in its log lines', async () => {
    const logged = await createSmsHarness({ baseUrl: provider.baseUrl });
    provider.failNext({ body: errorEnvelope(418, 'اعتبار کافی نیست') });
    await logged.sms.sendArray(send({ receptors: ['09121234567', '09350001111'] })).catch(() => undefined);
    await logged.sms.sendArray(send({ receptors: ['09121234567'] }));
    await logged.module.close();

    const smsLines = logged.logger.lines.filter((line) => line.endsWith("'SmsService'"));
    expect(smsLines).toHaveLength(2);
    const lines = smsLines.join('\n');
    expect(lines).toContain('0912***4567');
    expect(lines).toContain('0935***1111');
    expect(lines).not.toMatch(/09\d{9}/);
  });
});

/** The JSON body of the request the provider received. */
function sentBody(): unknown {
  return provider.requests[0].json;
}
