import { normalizeReceptor } from './normalize-receptor.js';

/** Receptors parted into the distinct normalised numbers, in first-seen order, and the inputs that are none. */
export interface PartitionedReceptors {
  receptors: string[];
  invalid: unknown[];
}

/** Normalises every value, drops repeats of a number already seen, and keeps the invalid inputs as given. */
export function partitionReceptors(values: Iterable<unknown>): PartitionedReceptors {
  const receptors = new Set<string>();
  const invalid: unknown[] = [];
  for (const value of values) {
    const receptor = normalizeReceptor(value);
    if (receptor === undefined) invalid.push(value);
    else receptors.add(receptor);
  }
  return { receptors: [...receptors], invalid };
}
