import { SmsException } from './sms.exception.js';

/** The status Nest applications conventionally use for a request its caller gave up on. */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * The caller's `AbortSignal` fired before the provider answered. HTTP 499.
 *
 * `maybeSent` is `true` when it fired while the request was on its way: the provider may still have accepted it.
 */
export class SmsAbortedException extends SmsException {
  constructor(message: string, maybeSent = false) {
    super(message, CLIENT_CLOSED_REQUEST, 'SMS_ABORTED', { maybeSent });
  }

  /** The exception for a send whose signal had fired before its request was made: nothing was sent. */
  static beforeSending(): SmsAbortedException {
    return new SmsAbortedException('The send was aborted by its caller before it was sent');
  }
}
