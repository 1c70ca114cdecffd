import { HttpStatus } from '@nestjs/common';
import { SmsException, type SmsExceptionDetails } from './sms.exception.js';

/**
 * A receptor is not an Iranian mobile number, there are none, or the provider rejected one (code 416). HTTP 400.
 *
 * When the package caught it, `invalidReceptors` lists the offending inputs as they were given; they appear in the
 * reply body for the caller who sent them, never in the message, which may end up in logs.
 */
export class SmsInvalidReceptorException extends SmsException {
  /** The inputs that are not mobile numbers, as given; empty when the provider rejected the request. */
  readonly invalidReceptors: readonly string[];

  constructor(message: string, invalidReceptors: readonly string[] = [], provider?: SmsExceptionDetails) {
    super(
      message,
      HttpStatus.BAD_REQUEST,
      'SMS_INVALID_RECEPTOR',
      provider,
      invalidReceptors.length > 0 ? { invalidReceptors } : {},
    );
    this.invalidReceptors = invalidReceptors;
  }
}
