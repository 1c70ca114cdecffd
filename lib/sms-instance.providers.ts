import type { InjectionToken, Provider, Type } from '@nestjs/common';
import { SmsHealthIndicator } from './health/sms-health.indicator.js';
import { getSmsHealthIndicatorToken, getSmsServiceToken } from './sms-instance.tokens.js';

/** The class that serves an instance's `SmsService`, and the token that class is provided under. */
export interface SmsInstanceService {
  token: InjectionToken;
  useClass: Type;
}

/** What an instance adds to its module: the providers of its service and indicator, and the tokens it exports. */
export interface SmsInstanceProviders {
  providers: Provider[];
  exports: InjectionToken[];
}

/**
 * Provides an instance's service and health indicator under the instance's tokens alone: the `SmsService` and
 * `SmsHealthIndicator` classes for the unnamed instance, `getSmsServiceToken(name)` and
 * `getSmsHealthIndicatorToken(name)` for a named one, so that the classes always resolve to the unnamed instance,
 * whatever else is registered. `SmsModule` and `SmsTestingModule` are wired by it alike.
 */
export function smsInstanceProviders(
  name: string | undefined,
  service: SmsInstanceService,
): SmsInstanceProviders {
  const serviceToken = getSmsServiceToken(name);
  const indicatorToken = getSmsHealthIndicatorToken(name);
  const providers = [
    classProvider(service.token, service.useClass),
    classProvider(indicatorToken, SmsHealthIndicator),
  ];
  if (service.token !== serviceToken) providers.push({ provide: serviceToken, useExisting: service.token });
  return { providers, exports: [...new Set([service.token, serviceToken, indicatorToken])] };
}

/** `useClass` provided under `token`: the class itself when it is its own token. */
function classProvider(token: InjectionToken, useClass: Type): Provider {
  return token === useClass ? useClass : { provide: token, useClass };
}
