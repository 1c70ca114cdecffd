import { HttpStatus } from '@nestjs/common';
import { SmsException, type SmsExceptionDetails } from './sms.exception.js';

/** What an `SmsProviderException` knows of the reply it comes from. */
export interface SmsProviderExceptionDetails extends SmsExceptionDetails {
  /** The HTTP status of a provider reply that had no envelope. */
  httpStatus?: number;
  /** How long the provider asked to wait (its `Retry-After`), in milliseconds. */
  retryAfterMs?: number;
}

/**
 * The provider failed: an error code this package does not know, an HTTP 5xx or 429, a reply that is not JSON or
 * has neither envelope, or a connection closed before the reply. HTTP 502.
 */
export class SmsProviderException extends SmsException {
  /** The HTTP status of a provider reply that had no envelope. */
  readonly httpStatus?: number;
  /** How long the provider asked to wait (its `Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(message: string, details: SmsProviderExceptionDetails = {}) {
    const { httpStatus, retryAfterMs, ...common } = details;
    super(message, HttpStatus.BAD_GATEWAY, 'SMS_PROVIDER_ERROR', common);
    this.httpStatus = httpStatus;
    this.retryAfterMs = retryAfterMs;
  }
}
