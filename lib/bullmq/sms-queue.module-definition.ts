import { getSharedConfigToken } from '@nestjs/bullmq';
import { ConfigurableModuleBuilder, type DynamicModule } from '@nestjs/common';
import type { SmsQueueModuleOptions } from './interfaces/index.js';
import type { SharedBullConfig } from './options/sms-queue-options.resolver.js';
import { SMS_QUEUE_SHARED_CONFIG } from './sms-queue.constants.js';

/** Options of `forRoot` and `forRootAsync` that shape the module rather than the queue. */
export interface SmsQueueModuleExtras {
  /** Makes `SmsCampaignService` injectable everywhere without importing the module. Default `false`. */
  isGlobal?: boolean;
  /**
   * Reuses the application's `BullModule.forRoot(configKey, …)` configuration for Redis, in place of `connection`.
   * With neither, the module reuses the default `BullModule.forRoot(…)` configuration, if there is one.
   */
  configKey?: string;
}

/** Builds `SmsQueueModule.forRoot` and `forRootAsync`, with the `isGlobal` and `configKey` extras. */
export const {
  ConfigurableModuleClass: ConfigurableSmsQueueModule,
  MODULE_OPTIONS_TOKEN: SMS_QUEUE_MODULE_OPTIONS,
  OPTIONS_TYPE: SMS_QUEUE_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: SMS_QUEUE_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<SmsQueueModuleOptions>({ moduleName: 'SmsQueue' })
  .setClassMethodName('forRoot')
  .setFactoryMethodName('createSmsQueueOptions')
  .setExtras<SmsQueueModuleExtras>({ isGlobal: false }, withSharedConfig)
  .build();

/** Adds the `BullModule.forRoot` configuration the module may reuse: the one under `configKey`, or the default one. */
function withSharedConfig(
  definition: DynamicModule,
  { isGlobal, configKey }: SmsQueueModuleExtras,
): DynamicModule {
  return {
    ...definition,
    global: isGlobal,
    providers: [
      ...(definition.providers ?? []),
      {
        provide: SMS_QUEUE_SHARED_CONFIG,
        useFactory: (config?: SharedBullConfig['config']): SharedBullConfig => ({ configKey, config }),
        inject: [{ token: getSharedConfigToken(configKey), optional: true }],
      },
    ],
  };
}
