import {
  SmsAbortedException,
  SmsInsufficientCreditException,
  SmsInvalidDateException,
  SmsInvalidSenderException,
} from '../exceptions/index.js';

/**
 * Whether a failure stops a campaign: an error every later batch would repeat, since all batches share the
 * account, the sender and the date; or the caller's abort. After one, no further batch is sent.
 */
export function stopsCampaign(exception: unknown): boolean {
  return (
    exception instanceof SmsInsufficientCreditException ||
    exception instanceof SmsInvalidSenderException ||
    exception instanceof SmsInvalidDateException ||
    exception instanceof SmsAbortedException
  );
}
