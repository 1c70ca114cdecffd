/** A JSON string literal, or a JSON number. */
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * Parses JSON text as `JSON.parse` does, except that a number a double cannot hold as written (a Long beyond 2^53,
 * say) is kept as the string of its characters, digit for digit. `text` must be valid JSON.
 */
export function parseJsonLosslessly(text: string): unknown {
  return JSON.parse(
    text.replace(JSON_TOKEN, (token) =>
      token.startsWith('"') || String(Number(token)) === token ? token : `"${token}"`,
    ),
  );
}
