import { type DynamicModule, Module } from '@nestjs/common';
import { SmsCreditStatus } from '../account/sms-credit.status.js';
import { SmsHealthIndicator } from '../health/sms-health.indicator.js';
import type { SmsHealthProbe } from '../health/sms-health.probe.js';
import { SMS_HEALTH_PROBE } from '../sms.constants.js';
import { resolveSendArrayDefaults } from '../options/sms-options.resolver.js';
import { smsInstanceProviders } from '../sms-instance.providers.js';
import { checkInstanceName } from '../sms-instance.tokens.js';
import type { SmsTestingModuleOptions } from './interfaces/index.js';
import { RecordingSmsService } from './recording-sms.service.js';
import { SMS_TESTING_DEFAULTS } from './sms-testing.constants.js';

/**
 * Stands in for `SmsModule` in an application's tests: `SmsService` is served by a `RecordingSmsService`, which
 * checks sends as the real service does and records them instead of calling the provider. `SmsHealthIndicator` is
 * provided too: up, but down with `insufficient credit` after a send failed for credit (see `failNext`), as with
 * the real module.
 *
 * @example
 * ```ts
 * const module = await Test.createTestingModule({
 *   imports: [SmsTestingModule.forRoot({ defaultSender: '3000' })],
 *   providers: [SignupService], // injects SmsService
 * }).compile();
 * const sms = module.get(RecordingSmsService);
 * // A named instance: SmsTestingModule.forRoot({ name: 'otp' }), then module.get(getSmsServiceToken('otp')).
 * ```
 */
@Module({})
export class SmsTestingModule {
  /**
   * With `name`, it stands in for the instance `SmsModule.forRoot({ name })` registers, under the same tokens.
   *
   * @throws SmsOptionsError when `name`, `defaultSender` or `timeZone` is malformed.
   */
  static forRoot(options: SmsTestingModuleOptions = {}): DynamicModule {
    const { name, isGlobal = false } = options;
    checkInstanceName(name);
    const instance = smsInstanceProviders(name, {
      service: RecordingSmsService,
      indicator: SmsHealthIndicator,
    });
    return {
      module: SmsTestingModule,
      global: isGlobal,
      providers: [
        { provide: SMS_TESTING_DEFAULTS, useValue: resolveSendArrayDefaults(options) },
        { provide: SMS_HEALTH_PROBE, useValue: alwaysUp },
        SmsCreditStatus,
        ...instance.providers,
      ],
      exports: name === undefined ? [RecordingSmsService, ...instance.exports] : instance.exports,
    };
  }
}

/** There is no provider to look at: only an exhausted credit makes the indicator report down. */
const alwaysUp: SmsHealthProbe = () => Promise.resolve({ up: true, responseTime: 0 });
