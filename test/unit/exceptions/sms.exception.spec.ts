import { describe, expect, it } from '@jest/globals';
import {
  SmsInsufficientCreditException,
  SmsTimeoutException,
  SmsValidationException,
} from '../../../lib/index.js';

describe('SmsException as plain data', () => {
  it.each([
    [
      new SmsValidationException('message must be a non-empty string'),
      { code: 'SMS_VALIDATION', maybeSent: false },
    ],
    [
      new SmsTimeoutException('The SMS provider did not answer within 10 ms'),
      { code: 'SMS_TIMEOUT', maybeSent: true },
    ],
    [
      new SmsInsufficientCreditException('credit', {
        providerCode: 418,
        providerMessage: 'اعتبار کافی نیست',
      }),
      {
        code: 'SMS_INSUFFICIENT_CREDIT',
        maybeSent: false,
        providerCode: 418,
        providerMessage: 'اعتبار کافی نیست',
      },
    ],
  ])(
    '%s survives JSON.stringify as its code, message, maybeSent and provider details',
    (exception, fields) => {
      expect(JSON.parse(JSON.stringify(exception))).toEqual({ ...fields, message: exception.message });
    },
  );
});
