/** A function that hides the API key in a text. */
export type Redact = (text: string) => string;

/** Returns a function that replaces the API key, raw or URL-encoded, with `***` wherever it appears in a text. */
export function apiKeyRedactor(apiKey: string): Redact {
  const forms = [...new Set([apiKey, encodeURIComponent(apiKey)])];
  return (text) => forms.reduce((redacted, form) => redacted.replaceAll(form, '***'), text);
}
