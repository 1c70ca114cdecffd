/** `times` copies of `item`, for a failure queued for the next `times` calls; `times` must be a positive integer. */
export function repeat<T>(item: T, times: number): T[] {
  if (!Number.isInteger(times) || times < 1)
    throw new RangeError('failNext: times must be a positive integer');
  return Array.from({ length: times }, () => item);
}
