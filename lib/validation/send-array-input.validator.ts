import {
  SmsInvalidDateException,
  SmsInvalidReceptorException,
  SmsInvalidSenderException,
  SmsTooManyReceptorsException,
  SmsValidationException,
} from '../exceptions/index.js';
import type { SendArrayInput } from '../interfaces/index.js';
import { sortReceptors } from '../normalization/receptor.js';
import { formatSendDate, parseSendDate } from '../normalization/send-date.js';
import { normalizeSender } from '../normalization/sender.js';
import { MAX_RECEPTORS_PER_REQUEST, type SendArrayRequestBody } from '../provider/sms-provider.protocol.js';

/** What validation needs to know of the module's configuration. */
export interface SendArrayDefaults {
  defaultSender?: string;
  timeZone: string;
}

/** A request body but for its receptors: what every batch of a campaign shares. */
export type MessageParts = Omit<SendArrayRequestBody, 'receptors'>;

/**
 * Checks and normalises a `sendArray` input into the request body, or throws the `SmsException` that names the
 * first problem. Nothing has been sent when it throws.
 */
export function validateSendArrayInput(
  input: SendArrayInput,
  defaults: SendArrayDefaults,
): SendArrayRequestBody {
  const parts = validateMessageParts(input, defaults);
  return requestBody(parts, parseReceptors(input.receptors));
}

/** Checks and normalises the sender, message and date of a send, whose receptors are checked apart. */
export function validateMessageParts(
  input: Omit<SendArrayInput, 'receptors'>,
  defaults: SendArrayDefaults,
): MessageParts {
  if (typeof input !== 'object' || input === null) {
    throw new SmsValidationException('a send takes an object { sender?, message, receptors, date? }');
  }
  const parts: MessageParts = {
    sender: parseSender(input.sender, defaults.defaultSender),
    message: parseMessage(input.message),
  };
  const date = parseDate(input.date, defaults.timeZone);
  if (date !== undefined) parts.date = date;
  return parts;
}

/** The request body for `receptors`, in the provider's field order; `date` left out when absent. */
export function requestBody(
  { sender, message, date }: MessageParts,
  receptors: string[],
): SendArrayRequestBody {
  return date === undefined ? { sender, message, receptors } : { sender, message, receptors, date };
}

/** The timeout of one call in milliseconds: its own, else the module's; throws when it is not a positive number. */
export function callTimeout(timeout: unknown, moduleTimeout: number): number {
  const chosen = timeout ?? moduleTimeout;
  if (typeof chosen !== 'number' || !Number.isFinite(chosen) || chosen <= 0) {
    throw new SmsValidationException('timeout must be a positive number of milliseconds');
  }
  return chosen;
}

/** The distinct normalised receptors of `values`, or the exception that says why there are none to send. */
export function parseReceptors(values: unknown): string[] {
  if (!Array.isArray(values))
    throw new SmsValidationException('receptors must be an array of mobile numbers');
  const { receptors, invalid } = sortReceptors(values);
  if (invalid.length > 0) throw invalidReceptorsException(invalid, values.length);
  if (receptors.length === 0) throw noReceptorsException();
  if (receptors.length > MAX_RECEPTORS_PER_REQUEST) {
    throw new SmsTooManyReceptorsException(
      `${receptors.length} distinct receptors: at most ${MAX_RECEPTORS_PER_REQUEST} are allowed in one request`,
    );
  }
  return receptors;
}

function parseSender(value: unknown, defaultSender: string | undefined): string {
  if (value === undefined || value === null) {
    if (defaultSender === undefined) {
      throw new SmsInvalidSenderException('No sender: give one, or set the defaultSender option');
    }
    return defaultSender;
  }
  const sender = normalizeSender(value);
  if (sender === undefined)
    throw new SmsInvalidSenderException('sender must be a line number: digits, optionally after a +');
  return sender;
}

function parseMessage(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SmsValidationException('message must be a non-empty string');
  }
  return value;
}

function parseDate(value: unknown, timeZone: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  let instant: Date | undefined;
  let text: string | undefined;
  if (value instanceof Date) {
    instant = value;
    text = formatSendDate(value, timeZone);
    if (text === undefined)
      throw new SmsInvalidDateException('date is an invalid Date, or past the year 9999');
  } else if (typeof value === 'string') {
    text = value;
    instant = parseSendDate(value, timeZone);
    if (instant === undefined) {
      throw new SmsInvalidDateException(
        `date must be a real time in ${timeZone}, written YYYY-MM-DD HH:mm:ss`,
      );
    }
  } else {
    throw new SmsInvalidDateException('date must be a Date or a string YYYY-MM-DD HH:mm:ss');
  }
  if (instant.getTime() <= Date.now()) throw new SmsInvalidDateException('date must lie in the future');
  return text;
}

/** The exception for the inputs among `count` that are no mobile number, listing them as given. */
export function invalidReceptorsException(invalid: unknown[], count: number): SmsInvalidReceptorException {
  return new SmsInvalidReceptorException(
    `${invalid.length} of ${count} receptors are not Iranian mobile numbers`,
    invalid.map(describeInput),
  );
}

/** The exception for a send without receptors. */
export function noReceptorsException(): SmsInvalidReceptorException {
  return new SmsInvalidReceptorException('receptors is empty: give at least one number');
}

/** An input as the caller wrote it, for the list of invalid receptors. */
export function describeInput(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return value === null ? 'null' : `(${typeof value})`;
}
