import { HttpStatus } from '@nestjs/common';
import { SmsException, type SmsExceptionDetails } from './sms.exception.js';

/**
 * The provider refused the API key (HTTP 401 or 403). Nothing was sent. HTTP 502: the application's client cannot
 * fix it; the application's configuration or the provider's account must change.
 */
export class SmsAuthenticationException extends SmsException {
  constructor(message: string, provider?: SmsExceptionDetails) {
    super(message, HttpStatus.BAD_GATEWAY, 'SMS_AUTHENTICATION_FAILED', provider);
  }
}
