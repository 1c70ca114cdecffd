import { HttpStatus } from '@nestjs/common';
import { SmsException, type SmsExceptionDetails } from './sms.exception.js';

/** More than 100 distinct receptors in one request, or the provider said so (code 417). HTTP 400. */
export class SmsTooManyReceptorsException extends SmsException {
  constructor(message: string, provider?: SmsExceptionDetails) {
    super(message, HttpStatus.BAD_REQUEST, 'SMS_TOO_MANY_RECEPTORS', provider);
  }
}
