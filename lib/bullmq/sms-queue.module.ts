import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CampaignWatcher } from './campaign-watcher.js';
import { SmsCampaignService } from './sms-campaign.service.js';
import { SmsInstanceRef } from './sms-instance.ref.js';
import { SmsQueueConnection } from './sms-queue.connection.js';
import {
  ConfigurableSmsQueueModule,
  SMS_QUEUE_ASYNC_OPTIONS_TYPE,
  SMS_QUEUE_OPTIONS_TYPE,
} from './sms-queue.module-definition.js';
import {
  campaignJobsProvider,
  campaignLedgerProvider,
  resolvedQueueOptionsProvider,
} from './sms-queue.providers.js';
import { SmsQueueWorker } from './sms-queue.worker.js';

/**
 * Provides `SmsCampaignService`: campaigns queued in Redis and sent by BullMQ workers, in this process (unless
 * `worker: false`) and in every other process of the application that imports the module with the same Redis and
 * `prefix`. Batches are sent through an `SmsModule` instance, which the application registers too.
 *
 * @example
 * ```ts
 * @Module({
 *   imports: [
 *     SmsModule.forRoot({ apiKey: process.env.SMS_API_KEY!, baseUrl: process.env.SMS_BASE_URL!, defaultSender: '3000' }),
 *     SmsQueueModule.forRoot({ connection: process.env.REDIS_URL, rateLimit: { requests: 50, perMs: 1000 } }),
 *   ],
 * })
 * export class AppModule {}
 * ```
 */
@Module({
  imports: [DiscoveryModule],
  providers: [
    resolvedQueueOptionsProvider,
    SmsQueueConnection,
    campaignLedgerProvider,
    campaignJobsProvider,
    SmsInstanceRef,
    CampaignWatcher,
    SmsQueueWorker,
    SmsCampaignService,
  ],
  exports: [SmsCampaignService],
})
export class SmsQueueModule extends ConfigurableSmsQueueModule {
  /**
   * Registers the module with options known now: `SmsQueueModuleOptions`, plus `isGlobal` and `configKey`. Bad
   * options fail the application's start with an `SmsOptionsError`.
   */
  static override forRoot(options: typeof SMS_QUEUE_OPTIONS_TYPE): DynamicModule {
    return super.forRoot(options);
  }

  /**
   * Registers the module with options from a factory (`useFactory` with `inject`), a class implementing
   * `SmsQueueOptionsFactory` (`useClass`), or an existing provider of one (`useExisting`); plus `isGlobal` and
   * `configKey`.
   */
  static override forRootAsync(options: typeof SMS_QUEUE_ASYNC_OPTIONS_TYPE): DynamicModule {
    return super.forRootAsync(options);
  }
}
