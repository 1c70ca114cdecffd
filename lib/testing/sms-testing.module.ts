import { type DynamicModule, Module } from '@nestjs/common';
import { SmsAccountStatus } from '../account/sms-account.status.js';
import type { SmsHealthProbe } from '../health/sms-health.probe.js';
import { SMS_HEALTH_PROBE } from '../sms.constants.js';
import { checkKnownOptions } from '../options/known-options.js';
import { forInstance, resolveSendArrayDefaults } from '../options/sms-options.resolver.js';
import { smsInstanceProviders } from '../sms-instance.providers.js';
import { checkInstanceName } from '../sms-instance.tokens.js';
import type { SmsTestingModuleOptions } from './interfaces/index.js';
import { getRecordingSmsServiceToken } from './recording-sms-service.token.js';
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
 * // A named instance: SmsTestingModule.forRoot({ name: 'otp' }), then module.get(getRecordingSmsServiceToken('otp')).
 * ```
 */
@Module({})
export class SmsTestingModule {
  /**
   * With `name`, it stands in for the instance `SmsModule.forRoot({ name })` registers, under the same tokens.
   *
   * @throws SmsOptionsError when an option is unknown, or `name`, `defaultSender`, `timeZone` or `maxSegments` is
   *   malformed.
   */
  static forRoot(options: SmsTestingModuleOptions = {}): DynamicModule {
    const { name, isGlobal = false } = options;
    checkInstanceName(name);
    const defaults = forInstance(name, () => {
      checkKnownOptions(options, TESTING_OPTIONS, 'SmsTestingModule');
      return resolveSendArrayDefaults(options);
    });
    const instance = smsInstanceProviders(name, {
      token: getRecordingSmsServiceToken(name),
      useClass: RecordingSmsService,
    });
    return {
      module: SmsTestingModule,
      global: isGlobal,
      providers: [
        { provide: SMS_TESTING_DEFAULTS, useValue: defaults },
        { provide: SMS_HEALTH_PROBE, useValue: alwaysUp },
        SmsAccountStatus,
        ...instance.providers,
      ],
      exports: instance.exports,
    };
  }
}

/** Every option of `SmsTestingModule`, to tell a misspelt one. */
const TESTING_OPTIONS = Object.keys({
  defaultSender: true,
  timeZone: true,
  maxSegments: true,
  isGlobal: true,
  name: true,
} satisfies Record<keyof SmsTestingModuleOptions, true>);

/** There is no provider to look at: only an exhausted credit makes the indicator report down. */
const alwaysUp: SmsHealthProbe = () => Promise.resolve({ up: true, responseTime: 0 });
