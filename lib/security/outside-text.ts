import type { Redact } from './api-key-redactor.js';

/** The longest outside text kept, in UTF-16 code units; the rest is cut. */
const MAX_LENGTH = 200;

/**
 * Characters that would break a log line or its display: C0 and C1 controls, DEL, the line and paragraph
 * separators, and the bidirectional embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Makes a text that came from outside (the provider's reply, a proxy's page) safe to keep in a result or an
 * exception and to log: the API key redacted, unsafe characters escaped (`\n`, `\u001b`), cut to 200 code units.
 */
export function outsideText(text: string, redact: Redact): string {
  const escaped = redact(text).replace(
    UNSAFE,
    (char) => NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (escaped.length <= MAX_LENGTH) return escaped;
  const end = /[\ud800-\udbff]/.test(escaped[MAX_LENGTH - 1]) ? MAX_LENGTH - 1 : MAX_LENGTH;
  return `${escaped.slice(0, end)}…`;
}

/** A value from outside as text: a string as it is, anything else as JSON. */
export function outsideValue(value: unknown, redact: Redact): string {
  return outsideText(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)), redact);
}
