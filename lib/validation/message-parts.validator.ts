import {
  SmsInvalidDateException,
  SmsInvalidSenderException,
  SmsValidationException,
} from '../exceptions/index.js';
import type { SendArrayInput, SendArrayMessageParts } from '../interfaces/index.js';
import { formatSendDate, parseSendDate } from '../normalization/send-date.js';
import { normalizeSender } from '../normalization/sender.js';
import { hasVisibleText } from '../normalization/visible-text.js';
import { countSegments } from '../segments/count-segments.js';

/** What validation needs to know of the module's configuration. */
export interface SendArrayDefaults {
  defaultSender?: string;
  timeZone: string;
  /** The module's limit on a message's parts, if it sets one. */
  maxSegments?: number;
}

/** A request body but for its receptors: what every batch of a campaign shares. */
export type MessageParts = SendArrayMessageParts;

/**
 * Checks and normalises the sender, message and date of a send, whose receptors are checked apart; throws the
 * `SmsException` that names the first problem. A message of more parts than `maxSegments` is refused.
 */
export function validateMessageParts(
  input: Omit<SendArrayInput, 'receptors'>,
  defaults: SendArrayDefaults,
  maxSegments = defaults.maxSegments,
): MessageParts {
  if (typeof input !== 'object' || input === null) {
    throw new SmsValidationException('a send takes an object { sender?, message, receptors, date? }');
  }
  const parts: MessageParts = {
    sender: parseSender(input.sender, defaults.defaultSender),
    message: parseMessage(input.message, maxSegments),
  };
  const date = parseDate(input.date, defaults.timeZone);
  if (date !== undefined) parts.date = date;
  return parts;
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

function parseMessage(value: unknown, maxSegments: number | undefined): string {
  if (typeof value !== 'string' || !hasVisibleText(value)) {
    throw new SmsValidationException('message must be a non-empty string');
  }
  if (maxSegments !== undefined) {
    const { segments } = countSegments(value);
    if (segments > maxSegments) {
      throw new SmsValidationException(
        `message is ${segments} segments long: maxSegments allows ${maxSegments}`,
      );
    }
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
