/** Resolves once `condition` holds, checking every `intervalMs`; rejects after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 10_000, intervalMs = 10 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waitFor: not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** `count` distinct mobile numbers, `09…`, from `first`. */
export function mobileNumbers(count: number, first = 0): string[] {
  return Array.from({ length: count }, (_, at) => `09${100_000_000 + first + at}`);
}
