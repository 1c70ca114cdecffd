/**
 * Everything this package knows about the provider's `sendArray` wire format: the URL, the body, the reply
 * envelopes, the error codes and their Persian texts. The rest of the package speaks in its own types.
 */
import type { SendArrayResult } from '../interfaces/index.js';
import {
  SmsException,
  SmsInsufficientCreditException,
  SmsInvalidDateException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsProviderException,
  SmsTooManyReceptorsException,
} from '../exceptions/index.js';
import type { Redact } from '../security/api-key-redactor.js';

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

/** "Date": the word that marks code 418's date text apart from its credit text. */
const DATE_WORD = 'تاریخ';

/** The JSON body of a `sendArray` request. `date` is left out for an immediate send. */
export interface SendArrayRequestBody {
  sender: string;
  message: string;
  receptors: string[];
  date?: string;
}

/** The provider's success envelope, `{ data: … }`. */
export interface ProviderDataEnvelope {
  data: { message_id: string | number; status: number; statustext: string; time: number | string };
}

/** The provider's error envelope, `{ error: … }`. */
export interface ProviderErrorEnvelope {
  error: { status: number; message: string };
}

/** The `sendArray` URL of an account. The result holds the API key: never log it or put it in an error. */
export function sendArrayUrl(baseUrl: string, apiKey: string): string {
  return `${baseUrl}/${encodeURIComponent(apiKey)}/sendArray`;
}

/**
 * Reads the provider's reply to `sendArray`, whatever its HTTP status: the `data` envelope becomes a
 * `SendArrayResult`; an error envelope, or anything else, is thrown as an `SmsException`. The provider's error
 * text goes through `redact` before it is kept, in case it echoes the request's path.
 */
export function readSendArrayReply(httpStatus: number, body: string, redact: Redact): SendArrayResult {
  let reply: unknown;
  try {
    reply = JSON.parse(body);
  } catch {
    throw new SmsProviderException(`The SMS provider's reply (HTTP ${httpStatus}) is not JSON`);
  }
  if (isRecord(reply) && isRecord(reply.error)) throw providerErrorException(reply.error, redact);
  if (isRecord(reply) && isRecord(reply.data)) return readData(reply.data, httpStatus);
  throw new SmsProviderException(
    `The SMS provider's reply (HTTP ${httpStatus}) has neither a data nor an error envelope`,
  );
}

/** The exception for one of the provider's error envelopes. */
export function providerErrorException(error: Record<string, unknown>, redact: Redact): SmsException {
  const providerCode = toFiniteNumber(error.status);
  const providerMessage = typeof error.message === 'string' ? redact(error.message) : undefined;
  const provider = { providerCode, providerMessage };
  switch (providerCode) {
    case ProviderErrorCode.INVALID_SENDER:
      return new SmsInvalidSenderException('The SMS provider rejected the sender', provider);
    case ProviderErrorCode.INVALID_RECEPTOR:
      return new SmsInvalidReceptorException('The SMS provider rejected a receptor', [], provider);
    case ProviderErrorCode.TOO_MANY_RECEPTORS:
      return new SmsTooManyReceptorsException('The SMS provider rejected the number of receptors', provider);
    case ProviderErrorCode.CREDIT_OR_DATE:
      return providerMessage?.includes(DATE_WORD)
        ? new SmsInvalidDateException('The SMS provider rejected the send date', provider)
        : new SmsInsufficientCreditException(
            "The SMS account's credit is not enough for this send",
            provider,
          );
    default:
      return new SmsProviderException(
        `The SMS provider answered with error code ${String(error.status)}`,
        provider,
      );
  }
}

function readData(data: Record<string, unknown>, httpStatus: number): SendArrayResult {
  const { message_id: messageId, statustext: statusText } = data;
  const status = toFiniteNumber(data.status);
  const seconds = toFiniteNumber(data.time);
  if (
    (typeof messageId !== 'string' && typeof messageId !== 'number') ||
    String(messageId) === '' ||
    status === undefined ||
    seconds === undefined
  ) {
    throw new SmsProviderException(
      `The SMS provider accepted the send (HTTP ${httpStatus}) but its reply lacks message_id, status or time`,
    );
  }
  return {
    messageId: String(messageId),
    status,
    statusText: typeof statusText === 'string' ? statusText : '',
    time: new Date(seconds * 1000),
  };
}

function toFiniteNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
