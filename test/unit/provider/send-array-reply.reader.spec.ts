import { describe, expect, it } from '@jest/globals';
import {
  SmsInsufficientCreditException,
  SmsInvalidDateException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsProviderException,
  SmsTooManyReceptorsException,
} from '../../../lib/index.js';
import { apiKeyRedactor } from '../../../lib/security/api-key-redactor.js';
import {
  parseRetryAfter,
  providerErrorException,
  readSendArrayReply,
} from '../../../lib/provider/send-array-reply.reader.js';
import { ProviderErrorText } from '../../../lib/provider/sms-provider.protocol.js';

/** Texts as they are, times in Tehran. */
const reading = { redact: (text: string) => text, timeZone: 'Asia/Tehran' };

describe('providerErrorException', () => {
  it.each([
    [415, ProviderErrorText.INVALID_SENDER, SmsInvalidSenderException],
    [416, ProviderErrorText.INVALID_RECEPTOR, SmsInvalidReceptorException],
    [417, ProviderErrorText.TOO_MANY_RECEPTORS, SmsTooManyReceptorsException],
    [418, ProviderErrorText.INSUFFICIENT_CREDIT, SmsInsufficientCreditException],
    [418, ProviderErrorText.INVALID_DATE, SmsInvalidDateException],
    [418, 'تاریخ نامعتبر', SmsInvalidDateException],
    ['416', ProviderErrorText.INVALID_RECEPTOR, SmsInvalidReceptorException],
    [500, 'خطا', SmsProviderException],
    ['oops', 'خطا', SmsProviderException],
  ])('code %p with %s is %p', (status, message, Exception) => {
    const exception = providerErrorException({ status, message }, reading);
    expect(exception).toBeInstanceOf(Exception);
    expect(exception.providerMessage).toBe(message);
  });
});

describe('readSendArrayReply', () => {
  it("hides the key in the provider's error text", () => {
    const body = JSON.stringify({ error: { status: 404, message: 'No route /v1/a%2Fb/sendArray for a/b' } });
    expect(() =>
      readSendArrayReply({ status: 404, body }, { ...reading, redact: apiKeyRedactor('a/b') }),
    ).toThrow(expect.objectContaining({ providerMessage: 'No route /v1/***/sendArray for ***' }));
  });

  it('reads the documented success envelope', () => {
    const body = JSON.stringify({
      data: {
        message_id: '55800454-fe52-44b3-9c44-43c87d6f29b2',
        status: 100,
        statustext: 'تایید شد',
        time: 1646473372,
      },
    });
    expect(readSendArrayReply({ status: 200, body }, reading)).toEqual({
      messageId: '55800454-fe52-44b3-9c44-43c87d6f29b2',
      status: 100,
      statusText: 'تایید شد',
      time: new Date('2022-03-05T09:42:52Z'),
    });
  });

  it.each([
    ['not JSON', 'Bad Gateway'],
    ['empty', ''],
    ['null', 'null'],
    ['a string', '"ok"'],
    ['neither envelope', '{"result":1}'],
    ['data that is not an object', '{"data":"ok"}'],
    ['an empty message_id', '{"data":{"message_id":"","status":100,"time":1}}'],
    ['a data envelope without a message_id', '{"data":{"status":100,"time":1}}'],
  ])('a reply that is %s is an SmsProviderException', (_case, body) => {
    expect(() => readSendArrayReply({ status: 200, body }, reading)).toThrow(SmsProviderException);
  });
});

describe('parseRetryAfter', () => {
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
