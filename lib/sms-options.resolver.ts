import { SmsOptionsError } from './exceptions/index.js';
import type { SmsModuleOptions } from './interfaces/index.js';
import { normalizeSender } from './normalization/sender.js';
import { isTimeZone } from './normalization/send-date.js';
import { sendArrayUrl } from './provider/sms-provider.protocol.js';
import { apiKeyRedactor, type Redact } from './security/api-key-redactor.js';
import { DEFAULT_TIME_ZONE, DEFAULT_TIMEOUT_MS } from './sms.constants.js';

/** The module's options, checked, normalised and completed with defaults. */
export interface ResolvedSmsOptions {
  /** The API root, without a trailing slash. */
  baseUrl: string;
  /** The full `sendArray` URL. It holds the API key: never log it or put it in an error. */
  sendArrayUrl: string;
  defaultSender?: string;
  timeout: number;
  timeZone: string;
  /** Hides the API key in a text the provider sent back. */
  redact: Redact;
}

/** Checks the options a user gave `SmsModule`, throwing an `SmsOptionsError` that names the first bad one. */
export function resolveSmsOptions(options: Partial<SmsModuleOptions> | undefined): ResolvedSmsOptions {
  const { apiKey, defaultSender, timeout = DEFAULT_TIMEOUT_MS, timeZone = DEFAULT_TIME_ZONE } = options ?? {};
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new SmsOptionsError('apiKey', 'is required: the account API key, a non-empty string');
  }
  const baseUrl = resolveBaseUrl(options?.baseUrl);
  const sender = defaultSender === undefined ? undefined : normalizeSender(defaultSender);
  if (defaultSender !== undefined && sender === undefined) {
    throw new SmsOptionsError('defaultSender', 'must be a line number: digits, optionally after a +');
  }
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0) {
    throw new SmsOptionsError('timeout', 'must be a positive number of milliseconds');
  }
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw new SmsOptionsError('timeZone', 'must be an IANA time zone, such as Asia/Tehran');
  }
  return {
    baseUrl,
    sendArrayUrl: sendArrayUrl(baseUrl, apiKey),
    defaultSender: sender,
    timeout,
    timeZone,
    redact: apiKeyRedactor(apiKey),
  };
}

function resolveBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new SmsOptionsError('baseUrl', 'is required: the API root, such as https://example.com/api/v1');
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new SmsOptionsError(
      'baseUrl',
      'must be an absolute http(s) URL, such as https://example.com/api/v1',
    );
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new SmsOptionsError('baseUrl', 'must be an http(s) URL without a query or fragment');
  }
  return url.href.replace(/\/+$/, '');
}
