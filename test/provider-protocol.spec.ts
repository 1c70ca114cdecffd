import { describe, expect, it } from '@jest/globals';
import { AxiosError } from 'axios';
import {
  SmsAbortedException,
  SmsInsufficientCreditException,
  SmsInvalidDateException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsProviderException,
  SmsTimeoutException,
  SmsTooManyReceptorsException,
  SmsUnavailableException,
} from '../lib/index.js';
import { transportException } from '../lib/http/transport-exception.js';
import { apiKeyRedactor } from '../lib/security/api-key-redactor.js';
import {
  ProviderErrorText,
  providerErrorException,
  readSendArrayReply,
  sendArrayUrl,
} from '../lib/provider/sms-provider.protocol.js';

describe('sendArrayUrl', () => {
  it('URL-encodes the key into the path', () => {
    expect(sendArrayUrl('https://example.com/api/v1', 'a/b?c#d')).toBe(
      'https://example.com/api/v1/a%2Fb%3Fc%23d/sendArray',
    );
  });
});

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
    const exception = providerErrorException({ status, message }, (text) => text);
    expect(exception).toBeInstanceOf(Exception);
    expect(exception.providerMessage).toBe(message);
  });
});

describe('readSendArrayReply', () => {
  it("hides the key in the provider's error text", () => {
    const body = JSON.stringify({ error: { status: 404, message: 'No route /v1/a%2Fb/sendArray for a/b' } });
    expect(() => readSendArrayReply({ status: 404, body }, apiKeyRedactor('a/b'))).toThrow(
      expect.objectContaining({ providerMessage: 'No route /v1/***/sendArray for ***' }),
    );
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
    expect(readSendArrayReply({ status: 200, body }, (text) => text)).toEqual({
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
    ['a time that is not a number', '{"data":{"message_id":"x","status":100,"time":"soon"}}'],
    ['no status', '{"data":{"message_id":"x","time":1}}'],
  ])('a reply that is %s is an SmsProviderException', (_case, body) => {
    expect(() => readSendArrayReply({ status: 200, body }, (text) => text)).toThrow(SmsProviderException);
  });
});

describe('transportException', () => {
  const axiosError = (code: string) => new AxiosError('boom', code);
  const errnoError = (code: string) => Object.assign(new Error(code), { code });

  it.each([
    ['ECONNREFUSED', SmsUnavailableException],
    ['ENOTFOUND', SmsUnavailableException],
    ['EAI_AGAIN', SmsUnavailableException],
    ['EHOSTUNREACH', SmsUnavailableException],
    ['ETIMEDOUT', SmsTimeoutException],
    ['ECONNABORTED', SmsTimeoutException],
    ['ECONNRESET', SmsProviderException],
    ['ERR_BAD_RESPONSE', SmsProviderException],
  ])('an axios error with code %s is %p', (code, Exception) => {
    expect(transportException(axiosError(code), { timeout: 1 })).toBeInstanceOf(Exception);
  });

  it('looks through ERR_NETWORK and AggregateError to the network code', () => {
    const aggregate = new AggregateError([errnoError('ECONNREFUSED'), errnoError('ECONNREFUSED')]);
    const wrapped = new AxiosError('Network Error', 'ERR_NETWORK');
    wrapped.cause = aggregate;
    expect(transportException(wrapped, { timeout: 1 })).toBeInstanceOf(SmsUnavailableException);
  });

  it('is SmsAbortedException once the caller aborted, whatever the error', () => {
    expect(
      transportException(axiosError('ERR_CANCELED'), { timeout: 1, signal: AbortSignal.abort() }),
    ).toBeInstanceOf(SmsAbortedException);
  });

  it('keeps nothing of the error it maps', () => {
    const error = axiosError('ECONNRESET');
    error.config = { url: 'https://example.com/api/v1/SECRET/sendArray' } as never;
    const exception = transportException(error, { timeout: 1 });
    expect(exception.cause).toBeUndefined();
    expect(JSON.stringify(exception.getResponse())).not.toContain('SECRET');
  });
});
