export * from './interfaces/index.js';
export * from './mock-sms-provider.js';
export * from './recording-sms-service.token.js';
export * from './recording-sms.service.js';
export * from './sms-testing.module.js';
