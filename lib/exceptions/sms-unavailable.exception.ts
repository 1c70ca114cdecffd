import { HttpStatus } from '@nestjs/common';
import { SmsException } from './sms.exception.js';

/** The provider could not be reached: connection refused, host not found or unreachable. Nothing was sent. HTTP 503. */
export class SmsUnavailableException extends SmsException {
  constructor(message: string) {
    super(message, HttpStatus.SERVICE_UNAVAILABLE, 'SMS_UNAVAILABLE');
  }
}
