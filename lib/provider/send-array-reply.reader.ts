/**
 * How the provider's replies to `sendArray` are read: its `data` and `error` envelopes, what code 418 means, what
 * HTTP 401 and 403 mean, and what a reply without an envelope says. It reports what it read; the retry policy
 * decides what to do with it. Every text that comes from outside leaves here redacted, escaped and cut.
 */
import type { SendArrayResult } from '../interfaces/index.js';
import {
  SmsAuthenticationException,
  SmsException,
  SmsInsufficientCreditException,
  SmsInvalidDateException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsProviderException,
  SmsTooManyReceptorsException,
} from '../exceptions/index.js';
import type { Redact } from '../security/api-key-redactor.js';
import { outsideText, outsideValue } from '../security/outside-text.js';
import { parseJsonLosslessly } from './lossless-json.js';
import { readReplyTime } from './reply-time.js';
import { ProviderErrorCode } from './sms-provider.protocol.js';

/** "Date": the word that marks code 418's date text apart from its credit text. */
const DATE_WORD = 'تاریخ';

/** HTTP statuses with which a server says it did not process the request: it took nothing. */
const NOT_PROCESSED_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** HTTP statuses with which the provider refuses the API key. */
const KEY_REFUSED_STATUSES: ReadonlySet<number> = new Set([401, 403]);

/** A provider reply as this package reads it. */
export interface ProviderReply {
  /** The HTTP status. */
  status: number;
  /** The body, as text. */
  body: string;
  /** The `Retry-After` header, when the provider sent one. */
  retryAfter?: string;
}

/** What reading a reply needs to know: how to hide the key, and the zone a `Y-m-d H:i:s` time is written in. */
export interface ReplyReading {
  redact: Redact;
  timeZone: string;
}

type Envelope = Record<string, unknown>;

/**
 * Reads the provider's reply to `sendArray`, whatever its HTTP status. A `data` envelope with a `message_id` is an
 * accepted send, whatever else the reply says, unless an `error` envelope stands beside it: that reply is
 * ambiguous, and thrown as an `SmsProviderException` that may have been sent. Otherwise HTTP 401 or 403 is an
 * `SmsAuthenticationException`, an error envelope its `SmsException`, and anything else an `SmsProviderException`.
 */
export function readSendArrayReply(reply: ProviderReply, reading: ReplyReading): SendArrayResult {
  const parsed = parseJson(reply.body);
  const data = envelope(parsed, 'data');
  const error = envelope(parsed, 'error');
  const messageId = data === undefined ? undefined : readMessageId(data.message_id, reply.body, reading);
  if (data !== undefined && messageId !== undefined) {
    if (error !== undefined) throw ambiguousReply(error, reading);
    return acceptance(data, messageId, reading);
  }
  if (KEY_REFUSED_STATUSES.has(reply.status)) {
    throw new SmsAuthenticationException(
      `The API key was refused by the SMS provider (HTTP ${reply.status})`,
      error === undefined ? {} : providerDetails(error, reading),
    );
  }
  if (error !== undefined) throw providerErrorException(error, reading);
  if (data !== undefined) {
    throw new SmsProviderException(
      `The SMS provider's reply (HTTP ${reply.status}) has a data envelope without a message_id`,
      { httpStatus: reply.status, maybeSent: true },
    );
  }
  throw withoutEnvelope(
    reply,
    parsed === undefined ? 'is not JSON' : 'has neither a data nor an error envelope',
  );
}

/** The exception for one of the provider's error envelopes. */
export function providerErrorException(error: Envelope, reading: ReplyReading): SmsException {
  const provider = providerDetails(error, reading);
  switch (provider.providerCode) {
    case ProviderErrorCode.INVALID_SENDER:
      return new SmsInvalidSenderException('The SMS provider rejected the sender', provider);
    case ProviderErrorCode.INVALID_RECEPTOR:
      return new SmsInvalidReceptorException('The SMS provider rejected a receptor', [], provider);
    case ProviderErrorCode.TOO_MANY_RECEPTORS:
      return new SmsTooManyReceptorsException('The SMS provider rejected the number of receptors', provider);
    case ProviderErrorCode.CREDIT_OR_DATE:
      return provider.providerMessage?.includes(DATE_WORD)
        ? new SmsInvalidDateException('The SMS provider rejected the send date', provider)
        : new SmsInsufficientCreditException(
            "The SMS account's credit is not enough for this send",
            provider,
          );
    default:
      return new SmsProviderException(
        `The SMS provider answered with error code ${outsideValue(error.status, reading.redact)}`,
        provider,
      );
  }
}

/** `Retry-After` in milliseconds: a number of seconds, or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The parsed body, or `undefined` when it is not JSON. */
function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function envelope(parsed: unknown, name: 'data' | 'error'): Envelope | undefined {
  const value = isRecord(parsed) ? parsed[name] : undefined;
  return isRecord(value) ? value : undefined;
}

/**
 * The `message_id` as text, or `undefined` when there is none: a non-empty string, or a number as the provider
 * wrote it (a Long beyond 2^53 read again from the body, digit for digit, never through a double).
 */
function readMessageId(value: unknown, body: string, reading: ReplyReading): string | undefined {
  if (typeof value === 'number') {
    const id = String(value);
    const exact = Number.isSafeInteger(value) ? id : envelope(parseJsonLosslessly(body), 'data')?.message_id;
    return outsideValue(exact, reading.redact);
  }
  return typeof value === 'string' && value !== '' ? outsideText(value, reading.redact) : undefined;
}

/** The accepted send: `status` and `time` as far as they can be read, which never makes it a failure. */
function acceptance(data: Envelope, messageId: string, reading: ReplyReading): SendArrayResult {
  const status = readCode(data.status);
  const statusText = typeof data.statustext === 'string' ? outsideText(data.statustext, reading.redact) : '';
  const result: SendArrayResult =
    status === undefined ? { messageId, statusText } : { messageId, status, statusText };
  if (data.time === undefined || data.time === null) return result;
  const time = readReplyTime(data.time, reading.timeZone);
  if (time === undefined) result.rawTime = outsideValue(data.time, reading.redact);
  else result.time = time;
  return result;
}

/** Both envelopes: the provider may have taken the send, or not. */
function ambiguousReply(error: Envelope, reading: ReplyReading): SmsProviderException {
  return new SmsProviderException(
    "The SMS provider's reply holds both a data and an error envelope: the send may have gone out",
    { ...providerDetails(error, reading), maybeSent: true },
  );
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

function providerDetails(error: Envelope, reading: ReplyReading) {
  return {
    providerCode: readCode(error.status),
    providerMessage:
      typeof error.message === 'string' ? outsideText(error.message, reading.redact) : undefined,
  };
}

/** A code: a number, or a string of digits. */
function readCode(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function isRecord(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
