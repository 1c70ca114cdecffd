import { SmsOptionsError } from '../exceptions/index.js';

/**
 * Throws an `SmsOptionsError` for the first key of `options` that is not in `known`, naming it (after `prefix`,
 * such as `retry.`) and the known option nearest to it: a misspelt option would otherwise be ignored, and the
 * first send fail for a reason far from the typo.
 */
export function checkKnownOptions(
  options: object,
  known: readonly string[],
  owner: string,
  prefix = '',
): void {
  const unknown = Object.keys(options).find((key) => !known.includes(key));
  if (unknown === undefined) return;
  const nearest = nearestOption(unknown, known);
  throw new SmsOptionsError(
    `${prefix}${unknown}`,
    `is not an option of ${owner}${nearest === undefined ? '' : `; did you mean "${prefix}${nearest}"?`}`,
  );
}

/**
 * The known option `name` was most likely meant to be: the same but for case, else one that holds it or that it
 * holds (`sender` in `defaultSender`), else the one fewest edits away, if that is close.
 */
export function nearestOption(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameButCase = known.find((option) => option.toLowerCase() === lower);
  if (sameButCase !== undefined) return sameButCase;
  const holding = known.filter((option) => {
    const other = option.toLowerCase();
    return lower.length >= 3 && other.length >= 3 && (other.includes(lower) || lower.includes(other));
  });
  if (holding.length > 0) return closest(lower, holding);
  const near = closest(lower, known);
  return near !== undefined && editDistance(lower, near.toLowerCase()) <= Math.max(2, lower.length / 2)
    ? near
    : undefined;
}

function closest(lower: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const distance = editDistance(lower, option.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [option, distance];
  }
  return best;
}

/** The Levenshtein distance: how many insertions, deletions and substitutions turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
