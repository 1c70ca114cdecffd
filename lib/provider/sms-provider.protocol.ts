/**
 * What this package knows of the provider's `sendArray` request: the URL, the body, the error codes and their
 * Persian texts. How its replies are read is in `send-array-reply.reader.ts`.
 */
import type { SendArrayRequestBody } from '../interfaces/index.js';

/** The most receptors the provider takes in one `sendArray` request. */
export const MAX_RECEPTORS_PER_REQUEST = 100;

/** The provider's error codes for `sendArray`. */
export const ProviderErrorCode = {
  INVALID_SENDER: 415,
  INVALID_RECEPTOR: 416,
  TOO_MANY_RECEPTORS: 417,
  /** Two meanings, told apart by the text: not enough credit, or a bad date. */
  CREDIT_OR_DATE: 418,
} as const;

/** The provider's own error texts. */
export const ProviderErrorText = {
  INVALID_SENDER: 'شماره فرستنده اشتباه است',
  INVALID_RECEPTOR: 'شماره گیرنده اشتباه است',
  TOO_MANY_RECEPTORS: 'تعداد گیرندگان بیش از یک شماره است',
  INSUFFICIENT_CREDIT: 'اعتبار کافی نیست',
  INVALID_DATE: 'تاریخ ارسال برای گذشته است یا با فرمت غلط ثبت شده است',
} as const;

/** The `sendArray` URL of an account. The result holds the API key: never log it or put it in an error. */
export function sendArrayUrl(baseUrl: string, apiKey: string): string {
  return `${baseUrl}/${encodeURIComponent(apiKey)}/sendArray`;
}

/** The request body for `receptors`, in the provider's field order; `date` left out when absent. */
export function sendArrayBody(
  { sender, message, date }: Omit<SendArrayRequestBody, 'receptors'>,
  receptors: string[],
): SendArrayRequestBody {
  return date === undefined ? { sender, message, receptors } : { sender, message, receptors, date };
}
