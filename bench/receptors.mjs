// The receptors the memory benchmarks send: distinct numbers spread over the whole nine-digit range, as a customer
// base over every operator is (the worst case for the campaign's set of numbers seen), made one at a time.

/** The `i`th distinct receptor (`i` below 10⁹): 7919 is prime to 10⁹, so `i × 7919 mod 10⁹` never repeats. */
export function spreadReceptor(i) {
  return `09${String((i * 7919 + 12_345) % 1e9).padStart(9, '0')}`;
}

/** `count` receptors from an AsyncIterable, as a database cursor gives them. */
export async function* receptorCursor(count, from = 0) {
  for (let i = from; i < from + count; i += 1) yield spreadReceptor(i);
}
