import { HttpStatus } from '@nestjs/common';
import { SmsException, type SmsProviderError } from './sms.exception.js';

/**
 * The provider failed: an error code this package does not know, an HTTP 5xx, a reply that is not JSON or has
 * neither envelope, or a connection closed before the reply. HTTP 502.
 */
export class SmsProviderException extends SmsException {
  constructor(message: string, provider?: SmsProviderError) {
    super(message, HttpStatus.BAD_GATEWAY, 'SMS_PROVIDER_ERROR', provider);
  }
}
