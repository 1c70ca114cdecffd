import { SmsOptionsError } from '../exceptions/index.js';
import type { SmsModuleOptions, SmsRetryOptions } from '../interfaces/index.js';
import { normalizeSender } from '../normalization/sender.js';
import { isTimeZone } from '../normalization/send-date.js';
import { sendArrayUrl } from '../provider/sms-provider.protocol.js';
import type { RetryPolicy } from '../retry/retry.policy.js';
import { apiKeyRedactor, type Redact } from '../security/api-key-redactor.js';
import type { SendArrayDefaults } from '../validation/message-parts.validator.js';
import { checkMaxSegments, checkWholeMilliseconds } from './option-bounds.js';
import { checkKnownOptions } from './known-options.js';
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

/** Every option of `SmsModule`, to tell a misspelt one. */
const SMS_MODULE_OPTIONS = Object.keys({
  apiKey: true,
  baseUrl: true,
  defaultSender: true,
  timeout: true,
  timeZone: true,
  healthCheckUrl: true,
  healthTimeout: true,
  retry: true,
  maxSegments: true,
} satisfies Record<keyof SmsModuleOptions, true>);

const RETRY_OPTIONS = Object.keys({
  attempts: true,
  baseDelayMs: true,
  maxDelayMs: true,
} satisfies Record<keyof SmsRetryOptions, true>);

/**
 * Checks the options a user gave `SmsModule` (the instance `name`'s, when it has one), throwing an
 * `SmsOptionsError` that names the first bad one.
 */
export function resolveSmsOptions(options: unknown, name?: string): ResolvedSmsOptions {
  return forInstance(name, () => resolve(options));
}

/** What `resolve` returns; an `SmsOptionsError` it throws names the instance `name`. */
export function forInstance<T>(name: string | undefined, resolve: () => T): T {
  try {
    return resolve();
  } catch (error) {
    throw error instanceof SmsOptionsError ? error.inInstance(name) : error;
  }
}

function resolve(given: unknown): ResolvedSmsOptions {
  const options = (isObject(given) ? given : {}) as Partial<SmsModuleOptions>;
  checkKnownOptions(options, SMS_MODULE_OPTIONS, 'SmsModule');
  const { apiKey, timeout = DEFAULT_TIMEOUT_MS, healthTimeout = DEFAULT_HEALTH_TIMEOUT_MS } = options;
  const key = resolveApiKey(apiKey);
  const baseUrl = resolveHttpUrl('baseUrl', options.baseUrl);
  return {
    baseUrl,
    sendArrayUrl: sendArrayUrl(baseUrl, key),
    ...resolveSendArrayDefaults(options),
    timeout: checkWholeMilliseconds('timeout', timeout),
    healthCheckUrl:
      options.healthCheckUrl === undefined
        ? baseUrl
        : resolveHttpUrl('healthCheckUrl', options.healthCheckUrl),
    healthTimeout: checkWholeMilliseconds('healthTimeout', healthTimeout),
    retry: resolveRetryPolicy(options.retry),
    redact: apiKeyRedactor(key),
  };
}

/**
 * Checks `defaultSender`, `timeZone` and `maxSegments`, the options that shape every send, and applies the zone's
 * default.
 */
export function resolveSendArrayDefaults(options: {
  defaultSender?: string | number;
  timeZone?: string;
  maxSegments?: number;
}): SendArrayDefaults {
  const { defaultSender, timeZone = DEFAULT_TIME_ZONE, maxSegments } = options;
  const sender = defaultSender === undefined ? undefined : normalizeSender(defaultSender);
  if (defaultSender !== undefined && sender === undefined) {
    throw new SmsOptionsError('defaultSender', 'must be a line number: digits, optionally after a +');
  }
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw new SmsOptionsError('timeZone', 'must be an IANA time zone, such as Asia/Tehran');
  }
  return {
    defaultSender: sender,
    timeZone,
    ...(maxSegments === undefined ? {} : { maxSegments: checkMaxSegments('maxSegments', maxSegments) }),
  };
}

function resolveApiKey(apiKey: unknown): string {
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new SmsOptionsError('apiKey', 'is required: the account API key, a non-empty string');
  }
  try {
    encodeURIComponent(apiKey);
  } catch {
    throw new SmsOptionsError('apiKey', 'must be text that can be URL-encoded: it holds a lone surrogate');
  }
  return apiKey;
}

function resolveRetryPolicy(retry: unknown): RetryPolicy {
  if (retry !== undefined && !isObject(retry)) {
    throw new SmsOptionsError('retry', 'must be an object { attempts?, baseDelayMs?, maxDelayMs? }');
  }
  checkKnownOptions(retry ?? {}, RETRY_OPTIONS, 'SmsModule', 'retry.');
  const {
    attempts = DEFAULT_RETRY_POLICY.attempts,
    baseDelayMs = DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs = DEFAULT_RETRY_POLICY.maxDelayMs,
  } = (retry ?? {}) as SmsRetryOptions;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new SmsOptionsError('retry.attempts', 'must be a whole number of tries, at least 1');
  }
  checkWholeMilliseconds('retry.baseDelayMs', baseDelayMs, 0);
  checkWholeMilliseconds('retry.maxDelayMs', maxDelayMs, baseDelayMs);
  return { attempts, baseDelayMs, maxDelayMs };
}

/** An absolute http(s) URL without credentials, query, fragment or trailing slash. */
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
  if (url.username !== '' || url.password !== '') {
    throw new SmsOptionsError(
      option,
      'must not hold credentials (user:password@): they would end up in logs and in a Basic auth header',
    );
  }
  return url.href.replace(/\/+$/, '');
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
