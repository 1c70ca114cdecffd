export * from './dto/send-array.dto.js';
export * from './exceptions/index.js';
export * from './interfaces/index.js';
export { maskReceptor } from './logging/mask-receptor.js';
export { normalizeReceptor } from './normalization/receptor.js';
export * from './pipes/parse-receptors.pipe.js';
export * from './pipes/sms-validation.pipe.js';
export * from './sms.module.js';
export * from './sms.service.js';
