import type { InjectionToken, Provider, Type } from '@nestjs/common';
import { getSmsHealthIndicatorToken, getSmsServiceToken } from './sms-instance.tokens.js';

/** The classes that serve an instance's `SmsService` and `SmsHealthIndicator`. */
export interface SmsInstanceClasses {
  service: Type;
  indicator: Type;
}

/** What an instance adds to its module: the providers of its service and indicator, and the tokens it exports. */
export interface SmsInstanceProviders {
  providers: Provider[];
  exports: InjectionToken[];
}

/**
 * Provides an instance's service and health indicator, and exports them under the instance's tokens: the
 * `SmsService` and `SmsHealthIndicator` classes for the unnamed instance, `getSmsServiceToken(name)` and
 * `getSmsHealthIndicatorToken(name)` for a named one. `SmsModule` and `SmsTestingModule` are wired by it alike.
 */
export function smsInstanceProviders(
  name: string | undefined,
  { service, indicator }: SmsInstanceClasses,
): SmsInstanceProviders {
  const serviceToken = getSmsServiceToken(name);
  const indicatorToken = getSmsHealthIndicatorToken(name);
  const aliases: Provider[] = [];
  if (serviceToken !== service) aliases.push({ provide: serviceToken, useExisting: service });
  if (indicatorToken !== indicator) aliases.push({ provide: indicatorToken, useExisting: indicator });
  return { providers: [service, indicator, ...aliases], exports: [serviceToken, indicatorToken] };
}
