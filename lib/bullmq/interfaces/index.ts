export * from './sms-campaign.interface.js';
export * from './sms-queue-module-options.interface.js';
