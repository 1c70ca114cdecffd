import { type SmsException, SmsProviderException, SmsUnavailableException } from '../exceptions/index.js';

/** How failed requests are retried. */
export interface SmsRetryOptions {
  /** How many times a request is tried in all, the first included; `1` turns retries off. Default `3`. */
  attempts?: number;
  /** The backoff before the first retry, in milliseconds, doubled before each next one. Default `200`. */
  baseDelayMs?: number;
  /** The longest wait between two tries, `Retry-After` included, in milliseconds. Default `5000`. */
  maxDelayMs?: number;
}

/** `SmsRetryOptions` with every default applied. */
export type RetryPolicy = Required<SmsRetryOptions>;

/** The retry policy of a module that sets none. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 };

/** HTTP statuses with which a provider says it took nothing and may take the request later. */
export const TRY_LATER_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * Whether a failure is safe to retry: only where the provider cannot have accepted the request. That is a
 * connection refused or a host not found, or a 429 or 503 reply without an envelope. A timeout, a connection cut
 * after the request was written, and every error envelope are never retried.
 */
export function isRetryable(exception: SmsException): boolean {
  if (exception instanceof SmsUnavailableException) return true;
  return (
    exception instanceof SmsProviderException &&
    exception.providerCode === undefined &&
    exception.httpStatus !== undefined &&
    TRY_LATER_STATUSES.has(exception.httpStatus)
  );
}

/**
 * How long to wait before trying again after try number `attempt` (from 1) failed with `exception`, or
 * `undefined` when it must not be retried. The provider's `Retry-After` is honoured up to `maxDelayMs`;
 * otherwise the backoff doubles each time, with jitter over its upper half, and is capped at `maxDelayMs`.
 */
export function retryDelay(
  exception: SmsException,
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number | undefined {
  if (attempt >= policy.attempts || !isRetryable(exception)) return undefined;
  const retryAfterMs = exception instanceof SmsProviderException ? exception.retryAfterMs : undefined;
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return backoff / 2 + (random() * backoff) / 2;
}

/** `Retry-After` in milliseconds: a number of seconds, or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
