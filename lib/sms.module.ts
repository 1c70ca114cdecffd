import { type DynamicModule, Module } from '@nestjs/common';
import { SmsCreditStatus } from './health/sms-credit.status.js';
import { SmsHealthIndicator } from './health/sms-health.indicator.js';
import { httpHealthProbe } from './health/sms-health.probe.js';
import { SmsHttpService } from './http/sms-http.service.js';
import { SmsProviderClient } from './http/sms-provider.client.js';
import { SMS_HEALTH_PROBE, SMS_HTTP_SERVICE, SMS_RESOLVED_OPTIONS } from './sms.constants.js';
import {
  ConfigurableSmsModule,
  SMS_ASYNC_OPTIONS_TYPE,
  SMS_MODULE_OPTIONS,
  SMS_OPTIONS_TYPE,
} from './sms.module-definition.js';
import { type ResolvedSmsOptions, resolveSmsOptions } from './sms-options.resolver.js';
import { SmsService } from './sms.service.js';

/**
 * Provides `SmsService` and `SmsHealthIndicator`, configured once for the application; `name` registers more
 * instances, each with its own configuration.
 *
 * @example
 * ```ts
 * @Module({
 *   imports: [
 *     SmsModule.forRootAsync({
 *       imports: [ConfigModule],
 *       inject: [ConfigService],
 *       useFactory: (config: ConfigService) => ({
 *         apiKey: config.getOrThrow('SMS_API_KEY'),
 *         baseUrl: config.getOrThrow('SMS_BASE_URL'),
 *         defaultSender: config.get('SMS_SENDER'),
 *       }),
 *       isGlobal: true,
 *     }),
 *   ],
 * })
 * export class AppModule {}
 * ```
 */
@Module({
  providers: [
    { provide: SMS_RESOLVED_OPTIONS, useFactory: resolveSmsOptions, inject: [SMS_MODULE_OPTIONS] },
    {
      provide: SMS_HTTP_SERVICE,
      useFactory: (options: ResolvedSmsOptions) => new SmsHttpService(options.timeout),
      inject: [SMS_RESOLVED_OPTIONS],
    },
    {
      provide: SMS_HEALTH_PROBE,
      useFactory: httpHealthProbe,
      inject: [SMS_HTTP_SERVICE, SMS_RESOLVED_OPTIONS],
    },
    SmsCreditStatus,
    SmsProviderClient,
    SmsService,
    SmsHealthIndicator,
  ],
})
export class SmsModule extends ConfigurableSmsModule {
  /**
   * Registers the module with options known now: `SmsModuleOptions`, plus `isGlobal` and `name`.
   * Bad options fail the application's start with an `SmsOptionsError`.
   */
  static override forRoot(options: typeof SMS_OPTIONS_TYPE): DynamicModule {
    return super.forRoot(options);
  }

  /**
   * Registers the module with options from a factory (`useFactory` with `inject`), a class implementing
   * `SmsOptionsFactory` (`useClass`), or an existing provider of one (`useExisting`); plus `isGlobal` and `name`.
   */
  static override forRootAsync(options: typeof SMS_ASYNC_OPTIONS_TYPE): DynamicModule {
    return super.forRootAsync(options);
  }
}
