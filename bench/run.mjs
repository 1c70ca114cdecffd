// `npm run bench [-- --quick]`: the module's cost over a raw HTTP call, measured. See README "Performance".
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import axios from 'axios';
import { Agent } from 'node:http';
import { startBenchProvider } from './bench-provider.mjs';
import { API_KEY, INPUT, rawAxiosClient, rawHttpClient, smsServiceClient } from './clients.mjs';
import { callsPerSecond, interleaved, median, msPerCall } from './measure.mjs';
import { runQueueBenchmark } from './queue.mjs';

const quick = process.argv.includes('--quick');
const settings = quick
  ? {
      warmUpCalls: 300,
      rounds: 3,
      sequentialCalls: 200,
      concurrentCalls: 800,
      bulkRounds: 1,
      bulkReceptors: 10_000,
      rssReceptors: 100_000,
      rssRuns: 1,
    }
  : {
      warmUpCalls: 3_000,
      rounds: 11,
      sequentialCalls: 1_000,
      concurrentCalls: 4_000,
      bulkRounds: 5,
      bulkReceptors: 100_000,
      rssReceptors: 1_000_000,
      rssRuns: 9,
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

// sendBulk against a raw axios loop sending the same batches, both at CONCURRENCY requests at once.
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
        { concurrency: CONCURRENCY },
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

// Peak RSS is ruled by when V8 chooses to collect, so it varies from run to run: each run gets a fresh process, and
// the median of the runs is reported with the worst.
const rssRuns = Array.from({ length: settings.rssRuns }, () => {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(new URL('rss.mjs', import.meta.url)), String(settings.rssReceptors)],
    { encoding: 'utf8' },
  );
  return JSON.parse(output.slice(output.lastIndexOf('RSS ') + 4));
});
const rss = {
  receptors: settings.rssReceptors,
  growthMb: median(rssRuns.map((run) => run.growthMb)),
  worstGrowthMb: Math.max(...rssRuns.map((run) => run.growthMb)),
  runsOver128Mb: rssRuns.filter((run) => run.growthMb > 128).length,
  retainedMb: median(rssRuns.map((run) => run.retainedMb)),
  seconds: median(rssRuns.map((run) => run.seconds)),
  runs: rssRuns,
};

const ratios = {
  sequentialVsAxios: sequential['SmsService.sendArray'] / sequential['raw axios'],
  sequentialVsHttp: sequential['SmsService.sendArray'] / sequential['raw node:http'],
  concurrentVsAxios: concurrent['SmsService.sendArray'] / concurrent['raw axios'],
  concurrentVsHttp: concurrent['SmsService.sendArray'] / concurrent['raw node:http'],
  bulkVsAxios: bulk['SmsService.sendBulk'] / bulk['raw axios loop'],
};
const targets = {
  'sendArray one at a time ≤ 1.15 × raw axios time': ratios.sequentialVsAxios <= 1.15,
  [`sendArray at concurrency ${CONCURRENCY} ≥ 0.9 × raw axios throughput`]: ratios.concurrentVsAxios >= 0.9,
  [`sendBulk ${settings.bulkReceptors} ≥ 0.9 × raw axios loop throughput`]: ratios.bulkVsAxios >= 0.9,
  [`${settings.rssReceptors} receptors from an AsyncIterable: RSS growth ≤ 128 MB`]: rss.growthMb <= 128,
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
  [`SmsService.sendBulk, ${settings.bulkReceptors} receptors`]: {
    'receptors/s': Math.round(bulk['SmsService.sendBulk']),
  },
});
console.log(
  `sendBulk of ${rss.receptors} receptors from an AsyncIterable, default options: peak RSS growth ` +
    `${fixed(rss.growthMb, 1)} MB (median of ${rssRuns.length} processes; worst ${fixed(rss.worstGrowthMb, 1)} MB; ` +
    `${rss.runsOver128Mb} over 128 MB), ` +
    `${fixed(rss.retainedMb, 1)} MB still held by the result, ` +
    `${fixed(rss.seconds, 1)} s`,
);
console.log('\nratios:');
for (const [name, value] of Object.entries(ratios)) console.log(`  ${name}: ${fixed(value)}`);
console.log('\ntargets:');
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
  rss,
  ratios,
  targets,
  queue: queue.results ?? { skipped: queue.skipped },
};
writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench/results.json');
