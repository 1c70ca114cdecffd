export * from './sms-campaign-feed.error.js';
export * from './sms-campaign-not-found.exception.js';
