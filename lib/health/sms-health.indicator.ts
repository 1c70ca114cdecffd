import { Inject, Injectable } from '@nestjs/common';
import { SMS_HEALTH_PROBE } from '../sms.constants.js';
import { SmsAccountStatus } from '../account/sms-account.status.js';
import type { SmsHealthProbe } from './sms-health.probe.js';

/** What the indicator reports under its key: the shape `@nestjs/terminus` 11 and 12 read. */
export type SmsHealthStatus =
  | {
      /** The provider answers. */
      status: 'up';
      /** How long the provider took to answer, in milliseconds. */
      responseTime: number;
    }
  | {
      /** The provider does not answer, answers 5xx, or every send would fail for credit. */
      status: 'down';
      /**
       * Why, in a short sentence: the provider's HTTP status, a timeout, a network code, `insufficient credit` or
       * `API key refused`.
       */
      reason: string;
    };

/** The result of `SmsHealthIndicator.isHealthy(key)`: `{ [key]: SmsHealthStatus }`. */
export type SmsHealthIndicatorResult<Key extends string = string> = Record<Key, SmsHealthStatus>;

/**
 * A `@nestjs/terminus` health indicator for the SMS provider, provided and exported by `SmsModule`.
 *
 * It reports `up` with the response time in milliseconds when the provider answers a `GET` of `healthCheckUrl`
 * (default `baseUrl`) below HTTP 500, its body read in full within `healthTimeout`; `down` with a short `reason` on
 * a 5xx, a timeout or a network error; and `down` with reason `insufficient credit` or `API key refused` from a send
 * that failed for that reason until a send succeeds.
 * It reports `down` by returning it, never by throwing, and never shows the API key. It does not import terminus,
 * which stays an optional peer.
 *
 * @example
 * ```ts
 * @Get('health')
 * @HealthCheck()
 * check() {
 *   return this.health.check([() => this.sms.isHealthy('sms')]);
 * }
 * ```
 */
@Injectable()
export class SmsHealthIndicator {
  readonly #probe: SmsHealthProbe;
  readonly #account: SmsAccountStatus;

  /** @internal Nest constructs it. */
  constructor(@Inject(SMS_HEALTH_PROBE) probe: SmsHealthProbe, account: SmsAccountStatus) {
    this.#probe = probe;
    this.#account = account;
  }

  /** Looks at the provider and reports under `key`. */
  async isHealthy<Key extends string = 'sms'>(
    key: Key = 'sms' as Key,
  ): Promise<SmsHealthIndicatorResult<Key>> {
    return { [key]: await this.#status() } as SmsHealthIndicatorResult<Key>;
  }

  async #status(): Promise<SmsHealthStatus> {
    const problem = this.#account.problem;
    if (problem !== undefined) return { status: 'down', reason: problem };
    const outcome = await this.#probe();
    return outcome.up
      ? { status: 'up', responseTime: outcome.responseTime }
      : { status: 'down', reason: outcome.reason };
  }
}
