import { describe, expect, it } from '@jest/globals';
import { AxiosError } from 'axios';
import {
  SmsAbortedException,
  type SmsException,
  SmsInsufficientCreditException,
  SmsTimeoutException,
  SmsUnavailableException,
} from '../../../lib/index.js';
import { transportException } from '../../../lib/http/transport-exception.js';
import { readSendArrayReply } from '../../../lib/provider/send-array-reply.reader.js';
import { isRetryable, retryDelay, type RetryPolicy } from '../../../lib/retry/retry.policy.js';

const policy: RetryPolicy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 };
const unavailable = new SmsUnavailableException('refused');

/** The exception the reply reader throws for a reply with this status, body and `Retry-After`. */
function replyError(status: number, body: string, retryAfter?: string): SmsException {
  try {
    readSendArrayReply({ status, body, retryAfter }, { redact: (text) => text, timeZone: 'UTC' });
  } catch (exception) {
    return exception as SmsException;
  }
  throw new Error(`HTTP ${status} ${body} was read as a success`);
}

describe('the retry policy', () => {
  it.each<[string, SmsException, boolean]>([
    ['a refused connection', unavailable, true],
    ['a 503 without an envelope', replyError(503, 'Service Unavailable'), true],
    ['a 429 without an envelope', replyError(429, ''), true],
    ['a 500 without an envelope', replyError(500, '<html>Internal Server Error</html>'), false],
    ['a 503 with an error envelope', replyError(503, '{"error":{"status":503,"message":"busy"}}'), false],
    ['a timeout', new SmsTimeoutException('slow'), false],
    [
      'a connection reset',
      transportException(new AxiosError('socket hang up', 'ECONNRESET'), { timeout: 1 }),
      false,
    ],
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
    expect(retryDelay(replyError(429, '', '0.7'), 1, policy)).toBe(700);
    expect(retryDelay(replyError(429, '', '60'), 1, policy)).toBe(1_000);
  });
});
