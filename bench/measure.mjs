// Timing helpers: sequential calls, concurrent calls, and medians of interleaved rounds.

/** Milliseconds per call of `send`, called `calls` times one after another. */
export async function msPerCall(send, calls) {
  const started = performance.now();
  for (let call = 0; call < calls; call += 1) await send();
  return (performance.now() - started) / calls;
}

/** Calls per second of `send`, called `calls` times by `concurrency` callers at once. */
export async function callsPerSecond(send, calls, concurrency) {
  let started = 0;
  const caller = async () => {
    while (started < calls) {
      started += 1;
      await send();
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, caller));
  return calls / ((performance.now() - begin) / 1000);
}

/**
 * Runs `rounds` rounds of every entry of `contenders` in turn (A B C A B C …), each measured by `measure`, and
 * returns each contender's median.
 */
export async function interleaved(contenders, rounds, measure) {
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, contender] of Object.entries(contenders)) samples[name].push(await measure(contender));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Samples the resident set every 10 ms from now on; `stop()` takes a last sample and returns the highest, in bytes.
 * Peak RSS is ruled by when V8 collects, so run it in a process of its own and compare several.
 */
export function watchPeakRss() {
  let peak = process.memoryUsage().rss;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const sampler = setInterval(sample, 10);
  return {
    stop() {
      clearInterval(sampler);
      sample();
      return peak;
    },
  };
}
