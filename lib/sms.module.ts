import { type DynamicModule, Module } from '@nestjs/common';
import { SmsAccountStatus } from './account/sms-account.status.js';
import { SmsProviderClient } from './http/sms-provider.client.js';
import { ConfigurableSmsModule, SMS_ASYNC_OPTIONS_TYPE, SMS_OPTIONS_TYPE } from './sms.module-definition.js';
import {
  healthProbeProvider,
  httpServiceProvider,
  logContextProvider,
  resolvedOptionsProvider,
} from './sms.providers.js';

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
    resolvedOptionsProvider,
    logContextProvider,
    httpServiceProvider,
    healthProbeProvider,
    SmsAccountStatus,
    SmsProviderClient,
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
