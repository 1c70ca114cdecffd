/** How long a request waits for the provider by default, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** How long the health indicator waits for the provider by default, in milliseconds. */
export const DEFAULT_HEALTH_TIMEOUT_MS = 3_000;

/** The time zone of scheduled dates by default: the provider's own. */
export const DEFAULT_TIME_ZONE = 'Asia/Tehran';

/** The injection token of the module's checked options, with defaults applied. */
export const SMS_RESOLVED_OPTIONS = Symbol('SMS_RESOLVED_OPTIONS');

/** The injection token of the module's own `HttpService`. */
export const SMS_HTTP_SERVICE = Symbol('SMS_HTTP_SERVICE');

/** The injection token of the health indicator's probe of the provider. */
export const SMS_HEALTH_PROBE = Symbol('SMS_HEALTH_PROBE');

/** The injection token of the logger context of an instance: `SmsService`, or `SmsService:<name>`. */
export const SMS_LOG_CONTEXT = Symbol('SMS_LOG_CONTEXT');
