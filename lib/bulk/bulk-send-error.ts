import type { SmsException } from '../exceptions/index.js';
import type { BulkSendError } from '../interfaces/index.js';

/**
 * A batch's error as a `BulkSendError`: the exception's plain data (`toJSON`), with the exception itself under a
 * property that is not enumerable, so that `JSON.stringify` writes the data alone. Frozen: one record may stand for
 * many skipped batches.
 */
export function bulkSendError(exception: SmsException): BulkSendError {
  const error = Object.defineProperty(exception.toJSON(), 'exception', {
    value: exception,
    enumerable: false,
  });
  return Object.freeze(error as BulkSendError);
}
