import type { SmsRetryOptions } from './sms-retry-options.interface.js';

/**
 * How `SmsModule` reaches the provider. Checked when the application starts: a missing or malformed option fails
 * the start with an `SmsOptionsError` naming it (and never printing the key).
 */
export interface SmsModuleOptions {
  /** The account's API key. It travels URL-encoded in the request path and is never logged or thrown. */
  apiKey: string;
  /** The provider's API root, such as `https://example.com/api/v1`: an absolute `http(s)` URL. */
  baseUrl: string;
  /** The sender line used when a send names none. */
  defaultSender?: string | number;
  /** How long one request may wait for the provider's reply, in milliseconds. Default `10000`. */
  timeout?: number;
  /** The IANA time zone in which a scheduled `date` is written and read. Default `Asia/Tehran`. */
  timeZone?: string;
  /** What `SmsHealthIndicator` requests with `GET`: an absolute `http(s)` URL. Default `baseUrl`. */
  healthCheckUrl?: string;
  /** How long the health indicator waits for the provider, in milliseconds. Default `3000`. */
  healthTimeout?: number;
  /**
   * How a request the provider cannot have accepted (refused connection, host not found, HTTP 429 or 503) is
   * retried. Default: 3 attempts, 200 ms backoff doubling up to 5000 ms, with jitter. Nothing else is retried.
   */
  retry?: SmsRetryOptions;
}

/**
 * A class that supplies `SmsModuleOptions`, for `SmsModule.forRootAsync({ useClass })` or `useExisting`.
 *
 * @example
 * ```ts
 * @Injectable()
 * export class SmsConfig implements SmsOptionsFactory {
 *   constructor(private readonly config: ConfigService) {}
 *   createSmsOptions(): SmsModuleOptions {
 *     return { apiKey: this.config.getOrThrow('SMS_API_KEY'), baseUrl: this.config.getOrThrow('SMS_BASE_URL') };
 *   }
 * }
 * ```
 */
export interface SmsOptionsFactory {
  /** The options of `SmsModule`, checked when the application starts. */
  createSmsOptions(): SmsModuleOptions | Promise<SmsModuleOptions>;
}
