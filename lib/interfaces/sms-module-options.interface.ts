import type { SmsRetryOptions } from './sms-retry-options.interface.js';

/**
 * How `SmsModule` reaches the provider. Checked when the application starts: a missing or malformed option fails
 * the start with an `SmsOptionsError` naming it (and never printing the key).
 */
export interface SmsModuleOptions {
  /** The account's API key. It travels URL-encoded in the request path and is never logged or thrown. */
  apiKey: string;
  /** The provider's API root, such as `https://example.com/api/v1`: an absolute `http(s)` URL, without credentials. */
  baseUrl: string;
  /** The sender line used when a send names none. */
  defaultSender?: string | number;
  /**
   * How long one try of a request may take in all (connecting, sending, the reply's headers and its whole body), in
   * milliseconds: a whole number from 1 to 2,147,483,647. Default `10000`.
   */
  timeout?: number;
  /** The IANA time zone in which a scheduled `date` is written and read. Default `Asia/Tehran`. */
  timeZone?: string;
  /** What `SmsHealthIndicator` requests with `GET`: an absolute `http(s)` URL. Default `baseUrl`. */
  healthCheckUrl?: string;
  /** How long the health indicator's look at the provider may take in all, in milliseconds. Default `3000`. */
  healthTimeout?: number;
  /**
   * The most parts a message may be sent in: a longer one is refused before anything is sent, with an
   * `SmsValidationException` naming its count (see `countSegments`). Default: no limit.
   */
  maxSegments?: number;
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
