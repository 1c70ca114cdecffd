import type { Provider } from '@nestjs/common';
import { CampaignJobs } from './campaign-jobs.js';
import { CampaignLedger } from './ledger/campaign-ledger.js';
import {
  type ResolvedSmsQueueOptions,
  resolveSmsQueueOptions,
} from './options/sms-queue-options.resolver.js';
import { SmsQueueConnection } from './sms-queue.connection.js';
import {
  CAMPAIGN_JOBS,
  CAMPAIGN_LEDGER,
  SMS_QUEUE_RESOLVED_OPTIONS,
  SMS_QUEUE_SHARED_CONFIG,
} from './sms-queue.constants.js';
import { SMS_QUEUE_MODULE_OPTIONS } from './sms-queue.module-definition.js';

/** The module's checked options, resolved from what the user gave and the `BullModule` configuration it reuses. */
export const resolvedQueueOptionsProvider: Provider = {
  provide: SMS_QUEUE_RESOLVED_OPTIONS,
  useFactory: resolveSmsQueueOptions,
  inject: [SMS_QUEUE_MODULE_OPTIONS, SMS_QUEUE_SHARED_CONFIG],
};

/** The campaign ledger, on the module's own Redis client. */
export const campaignLedgerProvider: Provider = {
  provide: CAMPAIGN_LEDGER,
  useFactory: (connection: SmsQueueConnection, options: ResolvedSmsQueueOptions) =>
    new CampaignLedger(connection.redis, options.prefix),
  inject: [SmsQueueConnection, SMS_QUEUE_RESOLVED_OPTIONS],
};

/** The campaigns' jobs in the module's queue. */
export const campaignJobsProvider: Provider = {
  provide: CAMPAIGN_JOBS,
  useFactory: (connection: SmsQueueConnection) => new CampaignJobs(connection.queue),
  inject: [SmsQueueConnection],
};
