// Run in a process of its own by run.mjs: sends a campaign of `count` receptors read from an AsyncIterable and
// prints, as JSON, how far the resident set grew above what it was once the application was ready.
import { startBenchProvider } from './bench-provider.mjs';
import { smsServiceClient } from './clients.mjs';

const count = Number(process.argv[2]);
const provider = await startBenchProvider();
const client = await smsServiceClient(provider.baseUrl);
// Warm-up: the same work on a small campaign, so that the baseline includes what any sending process holds (its
// young generation grown, its code compiled) and the growth measured is the campaign's own.
const warmUp = Array.from({ length: 20_000 }, (_, i) => `09${200_000_000 + i}`);
await client.sms.sendBulk({ sender: '10004346', message: 'warm-up', receptors: warmUp });
globalThis.gc?.();
const before = process.memoryUsage();
const baseline = before.rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);

async function* receptors() {
  for (let i = 0; i < count; i += 1) yield `09${100_000_000 + i}`;
}

const started = performance.now();
const result = await client.sms.sendBulk({
  sender: '10004346',
  message: 'Our shop opens at nine',
  receptors: receptors(),
});
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
globalThis.gc?.();
const after = process.memoryUsage();
// What the campaign's result still holds once collected: the part of the growth that does not depend on V8's timing.
const retainedMb = (after.heapUsed + after.external - before.heapUsed - before.external) / 2 ** 20;
await client.close();
await provider.stop();

console.log(
  'RSS ' +
    JSON.stringify({
      receptors: count,
      accepted: result.accepted,
      seconds,
      baselineMb: baseline / 2 ** 20,
      peakMb: peak / 2 ** 20,
      growthMb: (peak - baseline) / 2 ** 20,
      retainedMb,
    }),
);
