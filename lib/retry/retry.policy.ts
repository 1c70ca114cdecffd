import { type SmsException, SmsProviderException, SmsUnavailableException } from '../exceptions/index.js';
import type { SmsRetryOptions } from '../interfaces/index.js';

/** `SmsRetryOptions` with every default applied. */
export type RetryPolicy = Required<SmsRetryOptions>;

/**
 * Whether a failure is safe to retry: only where the provider cannot have accepted the request. That is a
 * connection refused or a host not found, or a reply without an envelope with which the provider said it took
 * nothing (HTTP 429 or 503). A timeout, a connection cut after the request was written, and every error envelope
 * are never retried.
 */
export function isRetryable(exception: SmsException): boolean {
  if (exception instanceof SmsUnavailableException) return true;
  return (
    exception instanceof SmsProviderException &&
    exception.providerCode === undefined &&
    exception.httpStatus !== undefined &&
    !exception.maybeSent
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
