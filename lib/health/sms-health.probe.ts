import type { SmsHttpService } from '../http/sms-http.service.js';
import { requestWithin } from '../http/request-within.js';
import type { ResolvedSmsOptions } from '../options/sms-options.resolver.js';

/** What one look at the provider found. */
export type SmsProbeOutcome = { up: true; responseTime: number } | { up: false; reason: string };

/** Looks at the provider once. */
export type SmsHealthProbe = () => Promise<SmsProbeOutcome>;

/**
 * A probe that `GET`s `healthCheckUrl` (by default `baseUrl`, never a URL with the key): any reply below 500, its
 * body read in full within `healthTimeout`, is up; a 5xx, a timeout or a network error is down.
 */
export function httpHealthProbe(http: SmsHttpService, options: ResolvedSmsOptions): SmsHealthProbe {
  const { healthCheckUrl, healthTimeout: timeout } = options;
  return async () => {
    const started = performance.now();
    try {
      const reply = await requestWithin(timeout, undefined, (signal) =>
        http.axiosRef.get<string>(healthCheckUrl, { signal }),
      );
      if (reply.status >= 500) return { up: false, reason: `The SMS provider answered HTTP ${reply.status}` };
      return { up: true, responseTime: Math.round(performance.now() - started) };
    } catch (error) {
      return { up: false, reason: (error as Error).message };
    }
  };
}
