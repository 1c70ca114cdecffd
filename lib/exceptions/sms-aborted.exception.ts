import { SmsException } from './sms.exception.js';

/** The status Nest applications conventionally use for a request its caller gave up on. */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * The send was abandoned before the provider answered: its caller's `AbortSignal` fired, or the application closed.
 * HTTP 499.
 *
 * `maybeSent` is `true` when the signal fired while the request was on its way: the provider may still have
 * accepted it.
 */
export class SmsAbortedException extends SmsException {
  constructor(message: string, maybeSent = false) {
    super(message, CLIENT_CLOSED_REQUEST, 'SMS_ABORTED', { maybeSent });
  }

  /** The exception for a send whose signal had fired before its request was made: nothing was sent. */
  static beforeSending(): SmsAbortedException {
    return new SmsAbortedException('The send was aborted by its caller before it was sent');
  }

  /** The exception for a send the closing application stopped before it went out: nothing was sent. */
  static closed(): SmsAbortedException {
    return new SmsAbortedException('The SMS module closed before the send went out');
  }
}
