/** The provider's date format, `Y-m-d H:i:s`. */
export const SEND_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The fields of a wall-clock time: year, month (1–12), day, hour, minute, second. */
type WallClock = [number, number, number, number, number, number];

/** The wall clock of `timeZone` at an instant. */
function wallClockAt(instant: Date | number, timeZone: string): WallClock {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(instant)) part[type] = value;
  return [part.year, part.month, part.day, part.hour, part.minute, part.second].map(Number) as WallClock;
}

/** A wall-clock time read as if it were UTC, in milliseconds; years below 100 are taken as written. */
function asUtc([year, month, day, hour, minute, second]: WallClock): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * Writes an instant as the provider's `YYYY-MM-DD HH:mm:ss`, on the wall clock of `timeZone`; `undefined` when the
 * instant is invalid or its year does not have four digits.
 */
export function formatSendDate(instant: Date | number, timeZone: string): string | undefined {
  if (!Number.isFinite(Number(instant))) return undefined;
  const [year, ...rest] = wallClockAt(instant, timeZone);
  if (year < 1000 || year > 9999) return undefined;
  const [month, day, hour, minute, second] = rest.map((field) => String(field).padStart(2, '0'));
  return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}

/**
 * Reads a `YYYY-MM-DD HH:mm:ss` wall-clock time in `timeZone` as an instant, or `undefined` when it is not written
 * that way or is no real time there (the 30th of February, or an hour skipped by a daylight-saving change).
 */
export function parseSendDate(text: string, timeZone: string): Date | undefined {
  const fields = SEND_DATE_PATTERN.exec(text);
  if (fields === null) return undefined;
  const wallClock = asUtc(fields.slice(1).map(Number) as WallClock);
  const offsetAt = (instant: number) => asUtc(wallClockAt(instant, timeZone)) - instant;
  const instant = wallClock - offsetAt(wallClock - offsetAt(wallClock));
  return formatSendDate(instant, timeZone) === text ? new Date(instant) : undefined;
}
