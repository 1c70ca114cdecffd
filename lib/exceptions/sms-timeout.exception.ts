import { HttpStatus } from '@nestjs/common';
import { SmsException } from './sms.exception.js';

/**
 * The provider did not answer within the timeout. HTTP 504.
 *
 * The request had been sent: the provider may have accepted it (`maybeSent` is `true`), so it is never retried.
 */
export class SmsTimeoutException extends SmsException {
  constructor(message: string) {
    super(message, HttpStatus.GATEWAY_TIMEOUT, 'SMS_TIMEOUT', { maybeSent: true });
  }
}
