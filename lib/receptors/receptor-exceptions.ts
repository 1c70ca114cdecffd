import { SmsInvalidReceptorException } from '../exceptions/index.js';

/** The exception for the inputs among `count` that are no mobile number, listing them as given. */
export function invalidReceptorsException(invalid: unknown[], count: number): SmsInvalidReceptorException {
  return new SmsInvalidReceptorException(
    `${invalid.length} of ${count} receptors are not Iranian mobile numbers`,
    invalid.map(describeInput),
  );
}

/** The exception for a send without receptors. */
export function noReceptorsException(): SmsInvalidReceptorException {
  return new SmsInvalidReceptorException('receptors is empty: give at least one number');
}

/** An input as the caller wrote it, for the list of invalid receptors. */
export function describeInput(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return value === null ? 'null' : `(${typeof value})`;
}
