import { Inject } from '@nestjs/common';
import { getSmsHealthIndicatorToken, getSmsServiceToken } from '../sms-instance.tokens.js';

/**
 * Injects the `SmsService` of the instance registered with `SmsModule.forRoot({ name })`; the unnamed one when
 * `name` is left out.
 *
 * @example
 * ```ts
 * constructor(@InjectSmsService('otp') private readonly otpSms: SmsService) {}
 * ```
 */
export const InjectSmsService = (name?: string): ParameterDecorator & PropertyDecorator =>
  Inject(getSmsServiceToken(name));

/** Injects the `SmsHealthIndicator` of the instance registered with `name`; the unnamed one when left out. */
export const InjectSmsHealthIndicator = (name?: string): ParameterDecorator & PropertyDecorator =>
  Inject(getSmsHealthIndicatorToken(name));
