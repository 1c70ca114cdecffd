import type { RetryPolicy } from '../retry/retry.policy.js';

/** How long a request waits for the provider by default, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** How long the health indicator waits for the provider by default, in milliseconds. */
export const DEFAULT_HEALTH_TIMEOUT_MS = 3_000;

/** The time zone of scheduled dates by default: the provider's own. */
export const DEFAULT_TIME_ZONE = 'Asia/Tehran';

/** The retry policy of a module that sets none. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 };
