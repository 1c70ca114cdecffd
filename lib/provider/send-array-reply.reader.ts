/**
 * How the provider's replies to `sendArray` are read: its `data` and `error` envelopes, what code 418 means, and
 * what a reply without an envelope says. It reports what it read; the retry policy decides what to do with it.
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
import { ProviderErrorCode } from './sms-provider.protocol.js';

/** "Date": the word that marks code 418's date text apart from its credit text. */
const DATE_WORD = 'تاریخ';

/** HTTP statuses with which a server says it did not process the request: it took nothing. */
const NOT_PROCESSED_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** A provider reply as this package reads it. */
export interface ProviderReply {
  /** The HTTP status. */
  status: number;
  /** The body, as text. */
  body: string;
  /** The `Retry-After` header, when the provider sent one. */
  retryAfter?: string;
}

/**
 * Reads the provider's reply to `sendArray`, whatever its HTTP status: the `data` envelope becomes a
 * `SendArrayResult`; an error envelope, or anything else, is thrown as an `SmsException`. The provider's error
 * text goes through `redact` before it is kept, in case it echoes the request's path.
 */
export function readSendArrayReply(reply: ProviderReply, redact: Redact): SendArrayResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply.body);
  } catch {
    throw withoutEnvelope(reply, 'is not JSON');
  }
  if (isRecord(parsed) && isRecord(parsed.error)) throw providerErrorException(parsed.error, redact);
  if (isRecord(parsed) && isRecord(parsed.data)) return readData(parsed.data, reply.status);
  throw withoutEnvelope(reply, 'has neither a data nor an error envelope');
}

/**
 * A reply without an envelope. A 429 or 503 says the provider took nothing; any other may come after it took the
 * request (a proxy's 502 page, a crash), so the send may have gone out.
 */
function withoutEnvelope(reply: ProviderReply, problem: string): SmsProviderException {
  return new SmsProviderException(`The SMS provider's reply (HTTP ${reply.status}) ${problem}`, {
    httpStatus: reply.status,
    maybeSent: !NOT_PROCESSED_STATUSES.has(reply.status),
    retryAfterMs: parseRetryAfter(reply.retryAfter),
  });
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
      { httpStatus, maybeSent: true },
    );
  }
  return {
    messageId: String(messageId),
    status,
    statusText: typeof statusText === 'string' ? statusText : '',
    time: new Date(seconds * 1000),
  };
}

/** `Retry-After` in milliseconds: a number of seconds, or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function toFiniteNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
