import { SmsInvalidReceptorException } from '../exceptions/index.js';
import { normalizeReceptor } from './normalize-receptor.js';

/** Receptors parted into the distinct normalised numbers, in first-seen order, and the inputs that are none. */
export interface PartitionedReceptors {
  receptors: string[];
  invalid: unknown[];
  /** How many inputs were read, repeats and invalid ones included. */
  count: number;
}

/**
 * Normalises every value, drops repeats of a number already seen, and keeps the invalid inputs as given. A list
 * whose reading throws (a hostile `Proxy`, a getter) is an `SmsInvalidReceptorException`, like any bad receptor.
 */
export function partitionReceptors(values: Iterable<unknown>): PartitionedReceptors {
  const receptors = new Set<string>();
  const invalid: unknown[] = [];
  let count = 0;
  try {
    for (const value of values) {
      count += 1;
      const receptor = normalizeReceptor(value);
      if (receptor === undefined) invalid.push(value);
      else receptors.add(receptor);
    }
  } catch {
    throw new SmsInvalidReceptorException(`receptors could not be read: reading input ${count + 1} failed`);
  }
  return { receptors: [...receptors], invalid, count };
}
