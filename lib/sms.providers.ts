import type { Provider } from '@nestjs/common';
import { httpHealthProbe } from './health/sms-health.probe.js';
import { SmsHttpService } from './http/sms-http.service.js';
import { type ResolvedSmsOptions, resolveSmsOptions } from './options/sms-options.resolver.js';
import { SMS_HEALTH_PROBE, SMS_HTTP_SERVICE, SMS_RESOLVED_OPTIONS } from './sms.constants.js';
import { SMS_MODULE_OPTIONS } from './sms.module-definition.js';

/** The module's checked options, resolved from what the user gave `forRoot` or `forRootAsync`. */
export const resolvedOptionsProvider: Provider = {
  provide: SMS_RESOLVED_OPTIONS,
  useFactory: resolveSmsOptions,
  inject: [SMS_MODULE_OPTIONS],
};

/** The module's own `HttpService`, closed with the module. */
export const httpServiceProvider: Provider = {
  provide: SMS_HTTP_SERVICE,
  useFactory: (options: ResolvedSmsOptions) => new SmsHttpService(options.timeout),
  inject: [SMS_RESOLVED_OPTIONS],
};

/** What the health indicator looks at the provider with: a `GET` of `healthCheckUrl`. */
export const healthProbeProvider: Provider = {
  provide: SMS_HEALTH_PROBE,
  useFactory: httpHealthProbe,
  inject: [SMS_HTTP_SERVICE, SMS_RESOLVED_OPTIONS],
};
