// Run in a process of its own by memory.mjs: `node --expose-gc bench/rss.mjs <scenario> <receptors>`. Sends
// <receptors> receptors in requests of 100 at concurrency 4 and prints, as JSON, how far the resident set grew
// above what it was once the process was warmed up. Scenarios:
//   raw-axios  a raw axios loop that builds each body as it goes and keeps nothing: the reference plateau
//   lean       sendBulk from an AsyncIterable, retainBatches: false, dedupe: false
//   dedupe     the same with dedupe: true
//   defaults   sendBulk from an AsyncIterable with the default options (every batch retained, deduplicated)
import axios from 'axios';
import { Agent } from 'node:http';
import { startBenchProvider } from './bench-provider.mjs';
import { API_KEY, INPUT, smsServiceClient } from './clients.mjs';
import { watchPeakRss } from './measure.mjs';
import { receptorCursor, spreadReceptor } from './receptors.mjs';

const [scenario, countArgument] = process.argv.slice(2);
const count = Number(countArgument);
const CONCURRENCY = 4;
const OPTIONS = {
  lean: { retainBatches: false, dedupe: false },
  dedupe: { retainBatches: false, dedupe: true },
  defaults: {},
};

const provider = await startBenchProvider();
const run = scenario === 'raw-axios' ? rawAxiosLoop(provider.baseUrl) : await campaign(provider.baseUrl);

// Warm-up: the same work on 20,000 receptors, so that the baseline includes what any sending process holds (its
// young generation grown, its code compiled) and the growth measured is the run's own.
await run.send(20_000, 1_000_000_000 - 20_000);
globalThis.gc?.();
const before = process.memoryUsage();
const watch = watchPeakRss();

const started = performance.now();
// Kept until the end, so that what a result holds is still held when measured.
const result = await run.send(count, 0);
const seconds = (performance.now() - started) / 1000;
const peak = watch.stop();
// Collected twice, a moment apart: V8 frees the backing stores of dead typed arrays after a collection, not in it.
globalThis.gc?.();
await new Promise((resolve) => setTimeout(resolve, 200));
globalThis.gc?.();
const after = process.memoryUsage();
await run.close();
await provider.stop();
if (result.accepted !== count) throw new Error(`${scenario}: ${result.accepted} of ${count} accepted`);

console.log(
  'RSS ' +
    JSON.stringify({
      scenario,
      receptors: count,
      seconds,
      baselineMb: before.rss / 2 ** 20,
      peakMb: peak / 2 ** 20,
      growthMb: (peak - before.rss) / 2 ** 20,
      // What is still held once collected: the result, with default options.
      retainedMb: (after.heapUsed + after.external - before.heapUsed - before.external) / 2 ** 20,
    }),
);

/** `SmsService.sendBulk` over a cursor, with the scenario's options. */
async function campaign(baseUrl) {
  const client = await smsServiceClient(baseUrl);
  return {
    send: async (receptors, from) => {
      return client.sms.sendBulk(
        { sender: INPUT.sender, message: INPUT.message, receptors: receptorCursor(receptors, from) },
        { concurrency: CONCURRENCY, ...OPTIONS[scenario] },
      );
    },
    close: client.close,
  };
}

/** A raw axios loop: CONCURRENCY callers, each building a body of the next 100 receptors, posting it, dropping it. */
function rawAxiosLoop(baseUrl) {
  const client = axios.create({ httpAgent: new Agent({ keepAlive: true }) });
  const url = `${baseUrl}/${API_KEY}/sendArray`;
  return {
    send: async (receptors, from) => {
      let next = from;
      const end = from + receptors;
      const caller = async () => {
        while (next < end) {
          const first = next;
          next = Math.min(end, next + 100);
          const batch = [];
          for (let i = first; i < next; i += 1) batch.push(spreadReceptor(i));
          const reply = await client.post(url, {
            sender: INPUT.sender,
            message: INPUT.message,
            receptors: batch,
          });
          if (!reply.data.data) throw new Error('no data envelope');
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, caller));
      return { accepted: receptors };
    },
    close: async () => undefined,
  };
}
