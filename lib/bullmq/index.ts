export * from './exceptions/index.js';
export * from './interfaces/index.js';
export { SmsCampaignService } from './sms-campaign.service.js';
export type { SmsQueueModuleExtras } from './sms-queue.module-definition.js';
export { SmsQueueModule } from './sms-queue.module.js';
