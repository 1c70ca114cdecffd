export * from './send-array-input.interface.js';
export * from './send-array-request-body.interface.js';
export * from './send-array-result.interface.js';
export * from './sms-retry-options.interface.js';
export * from './sms-module-options.interface.js';
export * from './bulk-send.interface.js';
