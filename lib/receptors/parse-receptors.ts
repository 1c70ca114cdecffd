import { SmsTooManyReceptorsException, SmsValidationException } from '../exceptions/index.js';
import { MAX_RECEPTORS_PER_REQUEST } from '../provider/sms-provider.protocol.js';
import { partitionReceptors } from './partition-receptors.js';
import { invalidReceptorsException, noReceptorsException } from './receptor-exceptions.js';

/**
 * The distinct normalised receptors of one request, or the exception that says why they cannot be sent: not an
 * array, an invalid number among them, none at all, or more than the provider takes at once.
 */
export function parseReceptors(values: unknown): string[] {
  if (!Array.isArray(values))
    throw new SmsValidationException('receptors must be an array of mobile numbers');
  const { receptors, invalid, count } = partitionReceptors(values);
  if (invalid.length > 0) throw invalidReceptorsException(invalid, count);
  if (receptors.length === 0) throw noReceptorsException();
  if (receptors.length > MAX_RECEPTORS_PER_REQUEST) {
    throw new SmsTooManyReceptorsException(
      `${receptors.length} distinct receptors: at most ${MAX_RECEPTORS_PER_REQUEST} are allowed in one request`,
    );
  }
  return receptors;
}
