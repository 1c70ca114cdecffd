/** Defaults of `SmsQueueModuleOptions`. */
export const SMS_QUEUE_DEFAULTS = {
  prefix: 'sms',
  concurrency: 4,
  worker: true,
  lockDurationMs: 15_000,
  stalledIntervalMs: 5_000,
  retry: { attempts: 5, baseDelayMs: 1_000 },
} as const;

/** The shortest lock and stalled-check interval accepted, in milliseconds. */
export const MIN_INTERVAL_MS = 100;
