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

/** Writes an instant as the provider's `YYYY-MM-DD HH:mm:ss`, on the wall clock of `timeZone`. */
export function formatSendDate(instant: Date | number, timeZone: string): string {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(instant)) part[type] = value;
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

/**
 * Reads a `YYYY-MM-DD HH:mm:ss` wall-clock time in `timeZone` as an instant, or `undefined` when it is not written
 * that way or is no real time there (the 30th of February, or an hour skipped by a daylight-saving change).
 */
export function parseSendDate(text: string, timeZone: string): Date | undefined {
  const fields = SEND_DATE_PATTERN.exec(text);
  if (fields === null) return undefined;
  const [year, month, day, hour, minute, second] = fields.slice(1).map(Number);
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetAt = (instant: number) =>
    Date.parse(`${formatSendDate(instant, timeZone).replace(' ', 'T')}Z`) - instant;
  const firstGuess = wallClockAsUtc - offsetAt(wallClockAsUtc);
  const instant = wallClockAsUtc - offsetAt(firstGuess);
  return formatSendDate(instant, timeZone) === text ? new Date(instant) : undefined;
}
