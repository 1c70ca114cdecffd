export * from './mock-sms-provider.interface.js';
export * from './recorded-sms.interface.js';
export * from './sms-testing-module-options.interface.js';
