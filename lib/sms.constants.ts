/** The injection token of the module's checked options, with defaults applied. */
export const SMS_RESOLVED_OPTIONS = Symbol('SMS_RESOLVED_OPTIONS');

/** The injection token of the module's own `HttpService`. */
export const SMS_HTTP_SERVICE = Symbol('SMS_HTTP_SERVICE');

/** The injection token of the health indicator's probe of the provider. */
export const SMS_HEALTH_PROBE = Symbol('SMS_HEALTH_PROBE');

/** The injection token of an instance's `name`: `null` for the unnamed instance. */
export const SMS_INSTANCE_NAME = Symbol('SMS_INSTANCE_NAME');

/** The injection token of the logger context of an instance: `SmsService`, or `SmsService:<name>`. */
export const SMS_LOG_CONTEXT = Symbol('SMS_LOG_CONTEXT');
