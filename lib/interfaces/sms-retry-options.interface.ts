/** How failed requests are retried. */
export interface SmsRetryOptions {
  /** How many times a request is tried in all, the first included; `1` turns retries off. Default `3`. */
  attempts?: number;
  /** The backoff before the first retry, in milliseconds, doubled before each next one. Default `200`. */
  baseDelayMs?: number;
  /** The longest wait between two tries, `Retry-After` included, in milliseconds. Default `5000`. */
  maxDelayMs?: number;
}
