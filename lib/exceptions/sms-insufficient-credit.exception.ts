import { HttpStatus } from '@nestjs/common';
import { SmsException, type SmsExceptionDetails } from './sms.exception.js';

/** The account's credit does not cover the send (provider code 418, credit message). HTTP 402. */
export class SmsInsufficientCreditException extends SmsException {
  constructor(message: string, provider?: SmsExceptionDetails) {
    super(message, HttpStatus.PAYMENT_REQUIRED, 'SMS_INSUFFICIENT_CREDIT', provider);
  }
}
