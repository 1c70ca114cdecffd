import type { Type } from '@nestjs/common';
import { checkInstanceName } from '../sms-instance.tokens.js';
import { RecordingSmsService } from './recording-sms.service.js';

/** The token of each named instance's recorder, made once a name. */
const namedTokens = new Map<string, Type<RecordingSmsService>>();

/**
 * The token of the `RecordingSmsService` that `SmsTestingModule.forRoot({ name })` provides for the instance
 * `name`; `RecordingSmsService` itself for the unnamed instance. It is a class, so that `module.get(token)` is typed
 * `RecordingSmsService`.
 *
 * @example
 * ```ts
 * const otp = module.get(getRecordingSmsServiceToken('otp'));
 * expect(otp.sent).toHaveLength(1);
 * ```
 */
export function getRecordingSmsServiceToken(name?: string): Type<RecordingSmsService> {
  if (name === undefined) return RecordingSmsService;
  checkInstanceName(name);
  let token = namedTokens.get(name);
  if (token === undefined) {
    token = class extends RecordingSmsService {};
    Object.defineProperty(token, 'name', { value: `RecordingSmsService:${name}` });
    namedTokens.set(name, token);
  }
  return token;
}
