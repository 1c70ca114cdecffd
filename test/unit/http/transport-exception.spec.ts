import { describe, expect, it } from '@jest/globals';
import { AxiosError } from 'axios';
import {
  SmsAbortedException,
  SmsProviderException,
  SmsTimeoutException,
  SmsUnavailableException,
} from '../../../lib/index.js';
import { transportException } from '../../../lib/http/transport-exception.js';

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
    expect(transportException(axiosError('ERR_CANCELED'), { timeout: 1, aborted: true })).toBeInstanceOf(
      SmsAbortedException,
    );
  });

  it('is SmsTimeoutException once the deadline passed, whatever the error', () => {
    expect(transportException(axiosError('ERR_CANCELED'), { timeout: 1, timedOut: true })).toBeInstanceOf(
      SmsTimeoutException,
    );
  });

  it('shows no code that does not look like a network code', () => {
    const exception = transportException(Object.assign(new Error('x'), { code: 'https://k/SECRET\n' }), {
      timeout: 1,
    });
    expect(exception.message).toBe('The request to the SMS provider failed before a reply (no code)');
  });

  it('keeps nothing of the error it maps', () => {
    const error = axiosError('ECONNRESET');
    error.config = { url: 'https://example.com/api/v1/SECRET/sendArray' } as never;
    const exception = transportException(error, { timeout: 1 });
    expect(exception.cause).toBeUndefined();
    expect(JSON.stringify(exception.getResponse())).not.toContain('SECRET');
  });
});
