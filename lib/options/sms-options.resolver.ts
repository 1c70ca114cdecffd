import { SmsOptionsError } from '../exceptions/index.js';
import type { SmsModuleOptions, SmsRetryOptions } from '../interfaces/index.js';
import { normalizeSender } from '../normalization/sender.js';
import { isTimeZone } from '../normalization/send-date.js';
import { sendArrayUrl } from '../provider/sms-provider.protocol.js';
import type { RetryPolicy } from '../retry/retry.policy.js';
import { apiKeyRedactor, type Redact } from '../security/api-key-redactor.js';
import type { SendArrayDefaults } from '../validation/message-parts.validator.js';
import {
  DEFAULT_HEALTH_TIMEOUT_MS,
  DEFAULT_RETRY_POLICY,
  DEFAULT_TIME_ZONE,
  DEFAULT_TIMEOUT_MS,
} from './sms-options.defaults.js';

/** The module's options, checked, normalised and completed with defaults. */
export interface ResolvedSmsOptions extends SendArrayDefaults {
  /** The API root, without a trailing slash. */
  baseUrl: string;
  /** The full `sendArray` URL. It holds the API key: never log it or put it in an error. */
  sendArrayUrl: string;
  timeout: number;
  /** What the health indicator requests: `healthCheckUrl`, else `baseUrl`. */
  healthCheckUrl: string;
  healthTimeout: number;
  retry: RetryPolicy;
  /** Hides the API key in a text the provider sent back. */
  redact: Redact;
}

/** Checks the options a user gave `SmsModule`, throwing an `SmsOptionsError` that names the first bad one. */
export function resolveSmsOptions(options: Partial<SmsModuleOptions> | undefined): ResolvedSmsOptions {
  const { apiKey, timeout = DEFAULT_TIMEOUT_MS, healthTimeout = DEFAULT_HEALTH_TIMEOUT_MS } = options ?? {};
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new SmsOptionsError('apiKey', 'is required: the account API key, a non-empty string');
  }
  const baseUrl = resolveHttpUrl('baseUrl', options?.baseUrl);
  const defaults = resolveSendArrayDefaults(options ?? {});
  const healthCheckUrl =
    options?.healthCheckUrl === undefined
      ? baseUrl
      : resolveHttpUrl('healthCheckUrl', options.healthCheckUrl);
  return {
    baseUrl,
    sendArrayUrl: sendArrayUrl(baseUrl, apiKey),
    ...defaults,
    timeout: positiveMilliseconds('timeout', timeout),
    healthCheckUrl,
    healthTimeout: positiveMilliseconds('healthTimeout', healthTimeout),
    retry: resolveRetryPolicy(options?.retry),
    redact: apiKeyRedactor(apiKey),
  };
}

/** Checks `defaultSender` and `timeZone`, the options that shape every send, and applies the zone's default. */
export function resolveSendArrayDefaults(options: {
  defaultSender?: string | number;
  timeZone?: string;
}): SendArrayDefaults {
  const { defaultSender, timeZone = DEFAULT_TIME_ZONE } = options;
  const sender = defaultSender === undefined ? undefined : normalizeSender(defaultSender);
  if (defaultSender !== undefined && sender === undefined) {
    throw new SmsOptionsError('defaultSender', 'must be a line number: digits, optionally after a +');
  }
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw new SmsOptionsError('timeZone', 'must be an IANA time zone, such as Asia/Tehran');
  }
  return { defaultSender: sender, timeZone };
}

function resolveRetryPolicy(retry: SmsRetryOptions | undefined): RetryPolicy {
  if (retry !== undefined && (typeof retry !== 'object' || retry === null)) {
    throw new SmsOptionsError('retry', 'must be an object { attempts?, baseDelayMs?, maxDelayMs? }');
  }
  const {
    attempts = DEFAULT_RETRY_POLICY.attempts,
    baseDelayMs = DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs = DEFAULT_RETRY_POLICY.maxDelayMs,
  } = retry ?? {};
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new SmsOptionsError('retry.attempts', 'must be a whole number of tries, at least 1');
  }
  if (typeof baseDelayMs !== 'number' || !Number.isFinite(baseDelayMs) || baseDelayMs < 0) {
    throw new SmsOptionsError('retry.baseDelayMs', 'must be a number of milliseconds, 0 or more');
  }
  if (typeof maxDelayMs !== 'number' || !Number.isFinite(maxDelayMs) || maxDelayMs < baseDelayMs) {
    throw new SmsOptionsError(
      'retry.maxDelayMs',
      'must be a number of milliseconds, at least retry.baseDelayMs',
    );
  }
  return { attempts, baseDelayMs, maxDelayMs };
}

function positiveMilliseconds(option: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new SmsOptionsError(option, 'must be a positive number of milliseconds');
  }
  return value;
}

/** An absolute http(s) URL without query, fragment or trailing slash. */
function resolveHttpUrl(option: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SmsOptionsError(option, 'is required: an http(s) URL, such as https://example.com/api/v1');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SmsOptionsError(option, 'must be an absolute http(s) URL, such as https://example.com/api/v1');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new SmsOptionsError(option, 'must be an http(s) URL without a query or fragment');
  }
  return url.href.replace(/\/+$/, '');
}
