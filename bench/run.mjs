// `npm run bench [-- --quick]`: the module's cost over a raw HTTP call, measured. See README "Performance".
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import axios from 'axios';
import { Agent } from 'node:http';
import { measureAbort } from './abort.mjs';
import { startBenchProvider } from './bench-provider.mjs';
import { API_KEY, INPUT, rawAxiosClient, rawHttpClient, smsServiceClient } from './clients.mjs';
import { callsPerSecond, interleaved, msPerCall } from './measure.mjs';
import { measureMemory } from './memory.mjs';
import { runQueueBenchmark } from './queue.mjs';

const quick = process.argv.includes('--quick');
const settings = quick
  ? {
      warmUpCalls: 300,
      rounds: 3,
      sequentialCalls: 200,
      concurrentCalls: 800,
      bulkRounds: 3,
      bulkReceptors: 10_000,
      memoryRuns: 1,
      shortCampaign: 300_000,
      longCampaign: 1_000_000,
      abortTrials: 1,
    }
  : {
      warmUpCalls: 3_000,
      rounds: 11,
      sequentialCalls: 1_000,
      concurrentCalls: 4_000,
      bulkRounds: 11,
      bulkReceptors: 100_000,
      memoryRuns: 5,
      shortCampaign: 1_000_000,
      longCampaign: 10_000_000,
      abortTrials: 5,
    };
const CONCURRENCY = 16;

const provider = await startBenchProvider();
const sms = await smsServiceClient(provider.baseUrl);
const contenders = {
  'raw node:http': rawHttpClient(provider.baseUrl),
  'raw axios': rawAxiosClient(provider.baseUrl),
  'SmsService.sendArray': sms.send,
};

for (const send of Object.values(contenders)) await callsPerSecond(send, settings.warmUpCalls, CONCURRENCY);

const sequential = await interleaved(contenders, settings.rounds, (send) =>
  msPerCall(send, settings.sequentialCalls),
);
const concurrent = await interleaved(contenders, settings.rounds, (send) =>
  callsPerSecond(send, settings.concurrentCalls, CONCURRENCY),
);

// sendBulk (retainBatches: false) against a raw axios loop sending the same batches, both CONCURRENCY at once.
const bulkReceptors = Array.from({ length: settings.bulkReceptors }, (_, i) => `09${100_000_000 + i}`);
const bodies = [];
for (let i = 0; i < bulkReceptors.length; i += 100)
  bodies.push({ ...INPUT, receptors: bulkReceptors.slice(i, i + 100) });
const bulkAxios = axios.create({ httpAgent: new Agent({ keepAlive: true }) });
const bulk = await interleaved(
  {
    'raw axios loop': async () => {
      let next = 0;
      const caller = async () => {
        while (next < bodies.length)
          await bulkAxios.post(`${provider.baseUrl}/${API_KEY}/sendArray`, bodies[next++]);
      };
      const begin = performance.now();
      await Promise.all(Array.from({ length: CONCURRENCY }, caller));
      return bulkReceptors.length / ((performance.now() - begin) / 1000);
    },
    'SmsService.sendBulk': async () => {
      const begin = performance.now();
      const result = await sms.sms.sendBulk(
        { ...INPUT, receptors: bulkReceptors },
        { concurrency: CONCURRENCY, retainBatches: false },
      );
      if (result.accepted !== bulkReceptors.length) throw new Error('sendBulk lost receptors');
      return bulkReceptors.length / ((performance.now() - begin) / 1000);
    },
  },
  settings.bulkRounds,
  (run) => run(),
);

await sms.close();
await provider.stop();

// Peak RSS growth of campaigns read from an AsyncIterable, against a raw axios loop that keeps nothing, each in
// processes of their own (memory.mjs); a short and a long campaign, ten times as long.
const { shortCampaign: short, longCampaign: long, memoryRuns: runs } = settings;
const memory = {
  rawShort: measureMemory('raw-axios', short, runs),
  rawLong: measureMemory('raw-axios', long, runs),
  leanShort: measureMemory('lean', short, runs),
  leanLong: measureMemory('lean', long, runs),
  dedupeShort: measureMemory('dedupe', short, runs),
  dedupeLong: measureMemory('dedupe', long, runs),
  defaults: measureMemory('defaults', short, runs),
};
const abort = await measureAbort(settings.abortTrials);

const bytesPerReceptor = (withSet, without, receptors) =>
  ((withSet.growthMb - without.growthMb) * 2 ** 20) / receptors;
const ratios = {
  sequentialVsAxios: sequential['SmsService.sendArray'] / sequential['raw axios'],
  sequentialVsHttp: sequential['SmsService.sendArray'] / sequential['raw node:http'],
  concurrentVsAxios: concurrent['SmsService.sendArray'] / concurrent['raw axios'],
  concurrentVsHttp: concurrent['SmsService.sendArray'] / concurrent['raw node:http'],
  bulkVsAxios: bulk['SmsService.sendBulk'] / bulk['raw axios loop'],
  leanLongVsShort: memory.leanLong.growthMb / memory.leanShort.growthMb,
  leanLongOverRawMb: memory.leanLong.growthMb - memory.rawLong.growthMb,
  leanLongOverRawWorstMb: memory.leanLong.worstGrowthMb - memory.rawLong.worstGrowthMb,
  dedupeBytesPerReceptorShort: bytesPerReceptor(memory.dedupeShort, memory.leanShort, short),
  dedupeBytesPerReceptorLong: bytesPerReceptor(memory.dedupeLong, memory.leanLong, long),
};
const count = (receptors) => receptors.toLocaleString('en');
const targets = {
  'sendArray one at a time ≤ 1.15 × raw axios time': ratios.sequentialVsAxios <= 1.15,
  [`sendArray at concurrency ${CONCURRENCY} ≥ 0.9 × raw axios throughput`]: ratios.concurrentVsAxios >= 0.9,
  [`sendBulk ${count(settings.bulkReceptors)}, retainBatches: false, ≥ 1.0 × raw axios loop throughput`]:
    ratios.bulkVsAxios >= 1.0,
  [`retainBatches: false, dedupe: false: ${count(long)} within 10% of ${count(short)} (medians)`]:
    Math.abs(ratios.leanLongVsShort - 1) <= 0.1,
  [`retainBatches: false, dedupe: false, ${count(long)}: ≤ raw axios loop + 16 MB (medians)`]:
    ratios.leanLongOverRawMb <= 16,
  [`retainBatches: false, dedupe: false, ${count(long)}: ≤ raw axios loop + 16 MB (worst)`]:
    ratios.leanLongOverRawWorstMb <= 16,
  [`dedupe: true, ${count(long)}: about 4 bytes a receptor more (≤ 4, medians)`]:
    ratios.dedupeBytesPerReceptorLong <= 4,
  [`default options, ${count(short)}: worst process ≤ 128 MB`]: memory.defaults.worstGrowthMb <= 128,
  'an abort with a stalled source settles within the slowest request in flight (worst)':
    abort.worstSettleMs <= abort.slowestInFlightLeftMs,
};

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
};

const fixed = (value, digits = 3) => value.toFixed(digits);
console.log(`\nnestjs-sms benchmark${quick ? ' (--quick: few rounds, not for conclusions)' : ''}`);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}`);
console.log(`provider: ${provider.description}`);
console.log(`medians of ${settings.rounds} interleaved rounds; sendArray body: 100 receptors\n`);
console.table({
  'raw node:http': {
    'ms/call, one at a time': fixed(sequential['raw node:http']),
    [`calls/s at ${CONCURRENCY}`]: Math.round(concurrent['raw node:http']),
  },
  'raw axios': {
    'ms/call, one at a time': fixed(sequential['raw axios']),
    [`calls/s at ${CONCURRENCY}`]: Math.round(concurrent['raw axios']),
  },
  'SmsService.sendArray': {
    'ms/call, one at a time': fixed(sequential['SmsService.sendArray']),
    [`calls/s at ${CONCURRENCY}`]: Math.round(concurrent['SmsService.sendArray']),
  },
});
console.table({
  [`raw axios loop, ${bodies.length} bodies`]: { 'receptors/s': Math.round(bulk['raw axios loop']) },
  [`SmsService.sendBulk, ${count(settings.bulkReceptors)} receptors, retainBatches: false`]: {
    'receptors/s': Math.round(bulk['SmsService.sendBulk']),
  },
});
console.log(
  `\npeak RSS growth in MB, concurrency 4, receptors spread over every operator, from an AsyncIterable ` +
    `(median and worst of ${runs} processes each):`,
);
const memoryRows = {
  'raw axios loop, keeps nothing': [memory.rawShort, memory.rawLong],
  'retainBatches: false, dedupe: false': [memory.leanShort, memory.leanLong],
  'retainBatches: false, dedupe: true': [memory.dedupeShort, memory.dedupeLong],
  'default options (every batch kept)': [memory.defaults],
};
console.table(
  Object.fromEntries(
    Object.entries(memoryRows).map(([name, measured]) => [
      name,
      Object.fromEntries(
        measured.flatMap((entry) => [
          [`${count(entry.receptors)}: median`, fixed(entry.growthMb, 1)],
          [`${count(entry.receptors)}: worst`, fixed(entry.worstGrowthMb, 1)],
        ]),
      ),
    ]),
  ),
);
console.log(
  `abort with a stalled source, ${abort.concurrency} requests in flight: settled ${fixed(abort.settleMs, 1)} ms ` +
    `after the abort (worst ${fixed(abort.worstSettleMs, 1)} ms of ${abort.trials}); the slowest request in flight ` +
    `had ${abort.slowestInFlightLeftMs} ms left`,
);
console.log('\nratios:');
for (const [name, value] of Object.entries(ratios)) console.log(`  ${name}: ${fixed(value)}`);
console.log(
  quick
    ? '\ntargets (quick: one process each, campaigns too short to judge by; judge them on a full run):'
    : '\ntargets:',
);
for (const [name, met] of Object.entries(targets)) console.log(`  ${met ? 'met   ' : 'MISSED'} ${name}`);

// The durable queue (bench/queue.mjs), with a provider and a Redis of its own; skipped with a line without Redis.
const queue = await runQueueBenchmark({ quick });
console.log(`\n${queue.skipped ?? queue.report}`);
for (const [name, met] of Object.entries(queue.targets ?? {}))
  console.log(`  ${met ? 'met   ' : 'MISSED'} ${name}`);

const results = {
  date: new Date().toISOString(),
  quick,
  machine,
  provider: provider.description,
  settings,
  sequentialMsPerCall: sequential,
  concurrentCallsPerSecond: concurrent,
  bulkReceptorsPerSecond: bulk,
  memory,
  abort,
  ratios,
  targets,
  queue: queue.results ?? { skipped: queue.skipped },
};
if (quick) {
  console.log('\nquick run: bench/results.json, the last full run, is left as it is');
} else {
  writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
}
