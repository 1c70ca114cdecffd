import {
  SmsAbortedException,
  SmsAuthenticationException,
  SmsInsufficientCreditException,
  SmsInvalidDateException,
  SmsInvalidSenderException,
} from '../exceptions/index.js';

/**
 * Whether a failure stops a campaign: an error every later batch would repeat, since all batches share the
 * account, its key, the sender and the date; or an abort (the caller's, or the application closing). After one,
 * no further batch is sent.
 */
export function stopsCampaign(exception: unknown): boolean {
  return (
    exception instanceof SmsInsufficientCreditException ||
    exception instanceof SmsAuthenticationException ||
    exception instanceof SmsInvalidSenderException ||
    exception instanceof SmsInvalidDateException ||
    exception instanceof SmsAbortedException
  );
}
