import { describe, expect, it } from '@jest/globals';
import { bulkSendError } from '../../../lib/bulk/bulk-send-error.js';
import { SmsInsufficientCreditException, SmsTimeoutException } from '../../../lib/exceptions/index.js';

describe('bulkSendError', () => {
  const exception = new SmsInsufficientCreditException('no credit', {
    providerCode: 418,
    providerMessage: 'اعتبار کافی نیست',
  });

  it('is the exception as plain data, which JSON.stringify writes without the exception', () => {
    const error = bulkSendError(exception);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'SMS_INSUFFICIENT_CREDIT',
      message: 'no credit',
      maybeSent: false,
      providerCode: 418,
      providerMessage: 'اعتبار کافی نیست',
    });
    expect(Object.keys(error)).toEqual(['code', 'message', 'maybeSent', 'providerCode', 'providerMessage']);
  });

  it('keeps the exception, for instanceof', () => {
    expect(bulkSendError(exception).exception).toBe(exception);
    expect(bulkSendError(exception).exception).toBeInstanceOf(SmsInsufficientCreditException);
  });

  it('leaves out the provider fields an exception does not have, and is frozen', () => {
    const error = bulkSendError(new SmsTimeoutException('too slow'));
    expect({ ...error }).toEqual({ code: 'SMS_TIMEOUT', message: 'too slow', maybeSent: true });
    expect(Object.isFrozen(error)).toBe(true);
  });
});
