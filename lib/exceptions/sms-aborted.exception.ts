import { SmsException } from './sms.exception.js';

/** The status Nest applications conventionally use for a request its caller gave up on. */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * The caller's `AbortSignal` fired before the provider answered. HTTP 499.
 *
 * If the signal fired after the request was written, the provider may still have accepted it.
 */
export class SmsAbortedException extends SmsException {
  constructor(message: string) {
    super(message, CLIENT_CLOSED_REQUEST, 'SMS_ABORTED');
  }
}
