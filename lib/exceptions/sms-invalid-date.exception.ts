import { HttpStatus } from '@nestjs/common';
import { SmsException, type SmsExceptionDetails } from './sms.exception.js';

/**
 * The scheduled `date` is malformed, not a real time in the configured zone, or not in the future; or the provider
 * said so (code 418, date message). HTTP 400.
 */
export class SmsInvalidDateException extends SmsException {
  constructor(message: string, provider?: SmsExceptionDetails) {
    super(message, HttpStatus.BAD_REQUEST, 'SMS_INVALID_DATE', provider);
  }
}
