// The durable queue's figures (`npm run bench` runs it through run.mjs; `node bench/queue.mjs [--quick]` alone):
// campaigns through BullMQ worker processes against in-process sendBulk, on the same loopback provider (in a
// process of its own, provider-process.mjs); and a
// campaign fed from an AsyncIterable: the producer's peak RSS growth (queue-feed.mjs, a process of its own) and
// the campaign's Redis memory. Needs redis-server (or REDIS_URL); without it, says so in one line and measures nothing.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { SmsModule, SmsService } from 'nestjs-sms';
import { SmsCampaignService, SmsQueueModule } from 'nestjs-sms/bullmq';
import { hasRedisServer, INSTALL_HINT, startRedisServer } from '../test/support/redis-server.mjs';
import { QueueWorkerProcess } from '../test/support/queue-worker-process.mjs';
import { API_KEY, INPUT } from './clients.mjs';
import { interleaved, median } from './measure.mjs';

const CONCURRENCY = 16;

/** Measures the queue; resolves to `{ skipped }` without Redis, else to `{ results, targets, report }`. */
export async function runQueueBenchmark({ quick = false } = {}) {
  const settings = quick
    ? { receptors: 100_000, warmUps: 1, rounds: 1, feedReceptors: 100_000, feedRuns: 1 }
    : { receptors: 100_000, warmUps: 3, rounds: 11, feedReceptors: 1_000_000, feedRuns: 5 };
  const external = process.env.REDIS_URL;
  if (!external && !hasRedisServer()) {
    return { skipped: `queue figures skipped: redis-server is not installed (${INSTALL_HINT})` };
  }
  const redisServer = external ? undefined : await startRedisServer();
  const connection = external ?? redisServer.connection;
  const prefix = `bench-${process.pid}`;
  const provider = await startProviderProcess();
  // Two queues, one worked by one process and one by two, so that their rounds can alternate with sendBulk's and
  // meet the same load on the machine; an idle worker waits on Redis and takes no CPU.
  const queues = {
    one: { prefix: `${prefix}-one`, workers: 1 },
    two: { prefix: `${prefix}-two`, workers: 2 },
  };
  const apps = [];
  const workers = [];
  const redis = connection.startsWith('/') ? new Redis({ path: connection }) : new Redis(connection);
  try {
    const receptors = Array.from({ length: settings.receptors }, (_, i) => `09${100_000_000 + i}`);
    let serial = 0;
    const contenders = {};
    for (const [name, queue] of Object.entries(queues)) {
      const app = await producer(provider.baseUrl, connection, queue.prefix);
      apps.push(app);
      const campaigns = app.get(SmsCampaignService);
      for (let worker = 0; worker < queue.workers; worker += 1) {
        workers.push(
          await QueueWorkerProcess.start({
            apiKey: API_KEY,
            baseUrl: provider.baseUrl,
            logLevels: ['error', 'warn', 'log'],
            queue: { connection, prefix: queue.prefix, concurrency: CONCURRENCY },
          }),
        );
      }
      contenders[name] = async () => {
        const id = `bench-${(serial += 1)}`;
        const begin = performance.now();
        await campaigns.start({ ...INPUT, receptors }, { id });
        const result = await campaigns.result(id);
        if (result.accepted !== receptors.length)
          throw new Error(`the queue lost receptors: ${JSON.stringify(result)}`);
        queue.last = id;
        return receptors.length / ((performance.now() - begin) / 1000);
      };
      // Warm-up: compiled code and open connections, in the workers and here. A worker process's rounds still speed
      // up over its first three campaigns (about 650, 500, 350 ms, then 250 ms for 100,000 receptors).
      for (let round = 0; round < settings.warmUps; round += 1) await contenders[name]();
    }
    const sms = apps[0].get(SmsService);
    contenders.sendBulk = async () => {
      const begin = performance.now();
      const result = await sms.sendBulk({ ...INPUT, receptors }, { concurrency: CONCURRENCY });
      if (result.accepted !== receptors.length) throw new Error('sendBulk lost receptors');
      return receptors.length / ((performance.now() - begin) / 1000);
    };
    for (let round = 0; round < settings.warmUps; round += 1) await contenders.sendBulk();
    const rates = await interleaved(contenders, settings.rounds, (run) => run());
    const finishedLedgerMb = (await ledgerBytes(redis, queues.two.prefix, queues.two.last)) / 2 ** 20;

    // Peak RSS is ruled by when V8 collects: each feed is a process of its own, and the median is reported with the
    // worst, as for the campaigns' memory.
    const feeds = Array.from({ length: settings.feedRuns }, (_, run) =>
      fed(connection, `${prefix}-feed${run}`, settings.feedReceptors),
    );
    const growth = feeds.map((run) => run.growthMb);
    const feed = {
      ...feeds[0],
      growthMb: median(growth),
      worstGrowthMb: Math.max(...growth),
      seconds: median(feeds.map((run) => run.seconds)),
      runs: feeds,
    };
    const results = {
      receptors: settings.receptors,
      rounds: settings.rounds,
      concurrency: CONCURRENCY,
      receptorsPerSecond: { sendBulk: rates.sendBulk, oneWorker: rates.one, twoWorkers: rates.two },
      ratios: { oneWorkerVsSendBulk: rates.one / rates.sendBulk, twoWorkersVsOne: rates.two / rates.one },
      finishedCampaignLedgerMb: finishedLedgerMb,
      feed,
    };
    const targets = {
      [`queue, 1 worker process at ${CONCURRENCY} ≥ 0.5 × in-process sendBulk`]:
        results.ratios.oneWorkerVsSendBulk >= 0.5,
      'queue, 2 worker processes ≥ 1.0 × 1': results.ratios.twoWorkersVsOne >= 1,
      [`feeding ${feed.receptors} receptors: producer RSS growth ≤ 64 MB (median)`]: feed.growthMb <= 64,
    };
    return { results, targets, report: report(results) };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await Promise.all(apps.map((app) => app.close()));
    await provider.stop();
    if (external) await deleteKeys(redis, prefix);
    await redis.quit();
    await redisServer?.stop();
  }
}

/** A producing application of the benchmark's process: `SmsModule` (for sendBulk) and `SmsQueueModule` without a worker. */
async function producer(baseUrl, connection, prefix) {
  class QueueBenchModule {}
  Module({
    imports: [
      SmsModule.forRoot({ apiKey: API_KEY, baseUrl }),
      SmsQueueModule.forRoot({ connection, prefix, worker: false }),
    ],
  })(QueueBenchModule);
  return NestFactory.createApplicationContext(QueueBenchModule, { logger: ['error', 'warn'] });
}

/** The provider in a process of its own (provider-process.mjs); resolves once it listens. */
async function startProviderProcess() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('provider-process.mjs', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
    child.once('exit', (code) => reject(new Error(`the provider process exited (${code})`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    baseUrl,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/** Feeds a campaign in a process of its own (queue-feed.mjs, no worker); its RSS and the campaign's Redis memory. */
function fed(connection, prefix, receptors) {
  const output = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      fileURLToPath(new URL('queue-feed.mjs', import.meta.url)),
      connection,
      prefix,
      String(receptors),
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(output.slice(output.lastIndexOf('FEED ') + 5));
}

/** The bytes the ledger keys of campaign `id` take in Redis. */
export async function ledgerBytes(redis, prefix, id) {
  const keys = await redis.keys(`${prefix}:campaigns:${id}*`);
  const sizes = await Promise.all(keys.map((key) => redis.memory('USAGE', key, 'SAMPLES', 0)));
  return sizes.reduce((sum, size) => sum + (size ?? 0), 0);
}

async function deleteKeys(redis, prefix) {
  for (const pattern of [`${prefix}-one:*`, `${prefix}-two:*`, `${prefix}-feed*:*`]) {
    const keys = await redis.keys(pattern);
    if (keys.length > 0) await redis.del(...keys);
  }
}

function report({ receptors, rounds, receptorsPerSecond, ratios, finishedCampaignLedgerMb, feed }) {
  const rate = (value) => `${Math.round(value).toLocaleString('en')} receptors/s`;
  return [
    `durable queue (nestjs-sms/bullmq), ${receptors} receptors, concurrency ${CONCURRENCY}, ` +
      'the same provider in a process of its own, ' +
      `medians of ${rounds} interleaved rounds:`,
    `  in-process sendBulk:      ${rate(receptorsPerSecond.sendBulk)}`,
    `  queue, 1 worker process:  ${rate(receptorsPerSecond.oneWorker)} (${ratios.oneWorkerVsSendBulk.toFixed(2)} × sendBulk)`,
    `  queue, 2 worker processes: ${rate(receptorsPerSecond.twoWorkers)} (${ratios.twoWorkersVsOne.toFixed(2)} × 1)`,
    `  Redis memory of the finished campaign's ledger: ${finishedCampaignLedgerMb.toFixed(1)} MB`,
    `feeding ${feed.receptors} receptors from an AsyncIterable: producer peak RSS growth ${feed.growthMb.toFixed(1)} MB ` +
      `(median of ${feed.runs.length} processes; worst ${feed.worstGrowthMb.toFixed(1)} MB), ` +
      `${feed.seconds.toFixed(1)} s; Redis memory while queued ${feed.redisMb.toFixed(1)} MB ` +
      `(ledger ${feed.ledgerMb.toFixed(1)} MB, jobs ${(feed.redisMb - feed.ledgerMb).toFixed(1)} MB)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const queue = await runQueueBenchmark({ quick: process.argv.includes('--quick') });
  if (queue.skipped) console.log(queue.skipped);
  else {
    console.log(queue.report);
    for (const [name, met] of Object.entries(queue.targets))
      console.log(`  ${met ? 'met   ' : 'MISSED'} ${name}`);
  }
}
