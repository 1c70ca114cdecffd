import { HttpStatus } from '@nestjs/common';
import { SmsException, type SmsExceptionDetails } from './sms.exception.js';

/** The sender line is missing or malformed, or the provider rejected it (code 415). HTTP 400. */
export class SmsInvalidSenderException extends SmsException {
  constructor(message: string, provider?: SmsExceptionDetails) {
    super(message, HttpStatus.BAD_REQUEST, 'SMS_INVALID_SENDER', provider);
  }
}
