/** A function that hides the API key in a text. */
export type Redact = (text: string) => string;

/** What the key is replaced with. */
const REDACTED = '***';

/** The shortest run of the key's own characters that is hidden on its own. */
const MIN_RUN = 6;

/** Where a key is cut into runs: the characters that separate the parts of a URL, and white space. */
const RUN_SEPARATORS = /[/?#%+&\s]+/u;

/**
 * Returns a function that replaces the API key with `***` wherever it appears in a text: as given, in every
 * percent-encoding of it (each character raw or encoded, in upper- or lower-case hex, a space as `%20` or `+`), and
 * each run of six or more of its characters between `/ ? # % + &` or white space, encoded or not. A provider or a
 * proxy that echoes the request path, whole or cut, shows none of it.
 */
export function apiKeyRedactor(apiKey: string): Redact {
  const runs = apiKey.split(RUN_SEPARATORS).filter((run) => run.length >= MIN_RUN && run !== apiKey);
  const forms = [apiKey, ...runs].sort((a, b) => b.length - a.length).map(anyEncodingOf);
  const pattern = new RegExp(forms.join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}

/** A pattern of `text` with each character as it is or percent-encoded, and a space as `+` too. */
function anyEncodingOf(text: string): string {
  return Array.from(text, (char) => {
    const forms = [escapeForPattern(char), percentEncodingOf(char)];
    if (char === ' ') forms.push('\\+');
    return `(?:${forms.join('|')})`;
  }).join('');
}

/** A pattern of the UTF-8 bytes of `char`, each as `%` and two hex digits in either case. */
function percentEncodingOf(char: string): string {
  return Array.from(new TextEncoder().encode(char), (byte) => {
    const hex = byte.toString(16).toUpperCase().padStart(2, '0');
    return `%${Array.from(hex, (digit) => (/[A-F]/.test(digit) ? `[${digit}${digit.toLowerCase()}]` : digit)).join('')}`;
  }).join('');
}

function escapeForPattern(char: string): string {
  return char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
