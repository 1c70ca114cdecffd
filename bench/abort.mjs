// An abort while the source stalls: how long sendBulk takes to settle after the abort, against how long the slowest
// request in flight still had to run. The provider holds every reply for DELAY_MS; the source gives 16 batches and
// then never answers `next()` (nor `return()`); the abort comes ABORT_AFTER_MS after the campaign began.
import { startBenchProvider } from './bench-provider.mjs';
import { INPUT, smsServiceClient } from './clients.mjs';
import { median } from './measure.mjs';
import { spreadReceptor } from './receptors.mjs';

const DELAY_MS = 400;
const ABORT_AFTER_MS = 100;
const CONCURRENCY = 16;

/** A cursor that gives `count` receptors, then stalls for good. */
function stallingCursor(count) {
  let given = 0;
  return {
    [Symbol.asyncIterator]: () => ({
      next: () =>
        given < count
          ? Promise.resolve({ done: false, value: spreadReceptor(given++) })
          : new Promise(() => undefined),
      return: () => new Promise(() => undefined),
    }),
  };
}

/** Runs `trials` aborts; returns the time from each abort to sendBulk settling, and what the slowest request had left. */
export async function measureAbort(trials) {
  const provider = await startBenchProvider({ delayMs: DELAY_MS });
  // Each aborted request is logged at warn: left out here.
  const client = await smsServiceClient(provider.baseUrl, ['error']);
  const settleMs = [];
  for (let trial = 0; trial < trials; trial += 1) {
    const controller = new AbortController();
    const began = performance.now();
    const campaign = client.sms.sendBulk(
      { ...INPUT, receptors: stallingCursor(CONCURRENCY * 100) },
      { concurrency: CONCURRENCY, retainBatches: false, signal: controller.signal },
    );
    await new Promise((resolve) => setTimeout(resolve, ABORT_AFTER_MS));
    const abortedAt = performance.now();
    controller.abort();
    const result = await campaign;
    settleMs.push(performance.now() - abortedAt);
    if (result.stoppedBy !== 'aborted' || performance.now() - began > 10 * DELAY_MS)
      throw new Error(`the aborted campaign did not stop: ${JSON.stringify(result)}`);
  }
  await client.close();
  await provider.stop();
  return {
    trials,
    concurrency: CONCURRENCY,
    replyDelayMs: DELAY_MS,
    abortAfterMs: ABORT_AFTER_MS,
    // Every request began at the campaign's start, so the slowest had DELAY_MS - ABORT_AFTER_MS left, at least.
    slowestInFlightLeftMs: DELAY_MS - ABORT_AFTER_MS,
    settleMs: median(settleMs),
    worstSettleMs: Math.max(...settleMs),
  };
}
