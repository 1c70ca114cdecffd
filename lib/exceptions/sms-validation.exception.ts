import { HttpStatus } from '@nestjs/common';
import { SmsException } from './sms.exception.js';

/** Any other invalid input: an empty message, a value of the wrong type, an unknown property. HTTP 400. */
export class SmsValidationException extends SmsException {
  constructor(message: string) {
    super(message, HttpStatus.BAD_REQUEST, 'SMS_VALIDATION');
  }
}
