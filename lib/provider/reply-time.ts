import { parseSendDate, SEND_DATE_PATTERN } from '../normalization/send-date.js';

/** Unix seconds written as digits, with an optional fraction. */
const UNIX_SECONDS = /^\d+(?:\.\d+)?$/;

/** ISO 8601 with a `Z` or an offset: a time that says its own zone. */
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;

/** The largest time a `Date` holds, in milliseconds either side of 1970. */
const MAX_DATE_MS = 8.64e15;

/**
 * Reads the `time` of an accepted send: Unix seconds (a number or a digit string, as in the provider's example),
 * `Y-m-d H:i:s` on the wall clock of `timeZone` (the type the provider's table gives), or ISO 8601 with an offset.
 * `undefined` for anything else, a time that does not exist included.
 */
export function readReplyTime(value: unknown, timeZone: string): Date | undefined {
  if (typeof value === 'number') return fromSeconds(value);
  if (typeof value !== 'string') return undefined;
  if (UNIX_SECONDS.test(value)) return fromSeconds(Number(value));
  if (SEND_DATE_PATTERN.test(value)) return parseSendDate(value, timeZone);
  return readIsoWithOffset(value);
}

function fromSeconds(seconds: number): Date | undefined {
  const ms = seconds * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? new Date(ms) : undefined;
}

/** An ISO 8601 time with its offset, when every field is in range (`Date.parse` takes the 30th of February). */
function readIsoWithOffset(text: string): Date | undefined {
  const fields = ISO_WITH_OFFSET.exec(text);
  if (fields === null) return undefined;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = fields
    .slice(1)
    .map((field) => Number(field ?? 0));
  const date = new Date(Date.UTC(year, month - 1, day));
  const inRange =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offsetHours < 24 &&
    offsetMinutes < 60;
  return inRange ? new Date(Date.parse(text)) : undefined;
}
