import type { Provider } from '@nestjs/common';
import { httpHealthProbe } from './health/sms-health.probe.js';
import { SmsHttpService } from './http/sms-http.service.js';
import { resolveSmsOptions } from './options/sms-options.resolver.js';
import {
  SMS_HEALTH_PROBE,
  SMS_HTTP_SERVICE,
  SMS_INSTANCE_NAME,
  SMS_LOG_CONTEXT,
  SMS_RESOLVED_OPTIONS,
} from './sms.constants.js';
import { SMS_MODULE_OPTIONS } from './sms.module-definition.js';

/** The instance's checked options, from what the user gave `forRoot` or `forRootAsync`; errors name the instance. */
export const resolvedOptionsProvider: Provider = {
  provide: SMS_RESOLVED_OPTIONS,
  useFactory: (options: unknown, name: string | null) => resolveSmsOptions(options, name ?? undefined),
  inject: [SMS_MODULE_OPTIONS, SMS_INSTANCE_NAME],
};

/** The context the instance logs under: `SmsService`, or `SmsService:<name>`. */
export const logContextProvider: Provider = {
  provide: SMS_LOG_CONTEXT,
  useFactory: (name: string | null) => (name === null ? 'SmsService' : `SmsService:${name}`),
  inject: [SMS_INSTANCE_NAME],
};

/** The module's own `HttpService`, which `SmsProviderClient` closes with the module. */
export const httpServiceProvider: Provider = {
  provide: SMS_HTTP_SERVICE,
  useFactory: () => new SmsHttpService(),
};

/** What the health indicator looks at the provider with: a `GET` of `healthCheckUrl`. */
export const healthProbeProvider: Provider = {
  provide: SMS_HEALTH_PROBE,
  useFactory: httpHealthProbe,
  inject: [SMS_HTTP_SERVICE, SMS_RESOLVED_OPTIONS],
};
