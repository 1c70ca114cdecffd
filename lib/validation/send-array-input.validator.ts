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

/**
 * Checks and normalises a `sendArray` input into the request body, or throws the `SmsException` that names the
 * first problem. Nothing has been sent when it throws.
 */
export function validateSendArrayInput(
  input: SendArrayInput,
  defaults: SendArrayDefaults,
): SendArrayRequestBody {
  if (typeof input !== 'object' || input === null) {
    throw new SmsValidationException('sendArray takes an object { sender?, message, receptors, date? }');
  }
  const body: SendArrayRequestBody = {
    sender: parseSender(input.sender, defaults.defaultSender),
    message: parseMessage(input.message),
    receptors: parseReceptors(input.receptors),
  };
  const date = parseDate(input.date, defaults.timeZone);
  if (date !== undefined) body.date = date;
  return body;
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
  if (invalid.length > 0) {
    throw new SmsInvalidReceptorException(
      `${invalid.length} of ${values.length} receptors are not Iranian mobile numbers`,
      invalid.map(describeInput),
    );
  }
  if (receptors.length === 0)
    throw new SmsInvalidReceptorException('receptors is empty: give at least one number');
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
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new SmsInvalidDateException('date is an invalid Date');
    instant = value;
  } else if (typeof value === 'string') {
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
  return typeof value === 'string' ? value : formatSendDate(instant, timeZone);
}

/** An input as the caller wrote it, for the list of invalid receptors. */
function describeInput(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return value === null ? 'null' : `(${typeof value})`;
}
