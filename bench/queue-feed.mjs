// Run in a process of its own by queue.mjs: queues a campaign of `count` receptors read from an AsyncIterable, with
// no worker to send it, and prints as JSON how far the resident set grew above what it was once the application
// was ready, and what the campaign takes in Redis while queued.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { SmsModule } from 'nestjs-sms';
import { SmsCampaignService, SmsQueueModule } from 'nestjs-sms/bullmq';
import { API_KEY, INPUT } from './clients.mjs';
import { watchPeakRss } from './measure.mjs';
import { ledgerBytes } from './queue.mjs';

const [connection, prefix, count] = [process.argv[2], process.argv[3], Number(process.argv[4])];
const redis = connection.startsWith('/') ? new Redis({ path: connection }) : new Redis(connection);

class QueueFeedModule {}
Module({
  imports: [
    SmsModule.forRoot({ apiKey: API_KEY, baseUrl: 'http://127.0.0.1:9/api/v1' }),
    SmsQueueModule.forRoot({ connection, prefix, worker: false }),
  ],
})(QueueFeedModule);
const app = await NestFactory.createApplicationContext(QueueFeedModule, { logger: ['error', 'warn'] });
const campaigns = app.get(SmsCampaignService);

async function* receptors(first, length) {
  for (let i = 0; i < length; i += 1) yield `09${first + i}`;
}

// Warm-up: the same work on a small campaign, so that the baseline holds what any producing process holds.
await campaigns.start({ ...INPUT, receptors: receptors(200_000_000, 20_000) }, { id: 'warm-up' });
globalThis.gc?.();
const baseline = process.memoryUsage().rss;
const watch = watchPeakRss();
const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))[1]);
const redisBefore = await usedMemory();

const started = performance.now();
await campaigns.start({ ...INPUT, receptors: receptors(100_000_000, count) }, { id: 'feed' });
const seconds = (performance.now() - started) / 1000;
const peak = watch.stop();
const status = await campaigns.status('feed');
const redisMb = ((await usedMemory()) - redisBefore) / 2 ** 20;
const ledgerMb = (await ledgerBytes(redis, prefix, 'feed')) / 2 ** 20;
await app.close();
await redis.quit();

console.log(
  'FEED ' +
    JSON.stringify({
      receptors: count,
      queued: status.total,
      seconds,
      baselineMb: baseline / 2 ** 20,
      peakMb: peak / 2 ** 20,
      growthMb: (peak - baseline) / 2 ** 20,
      redisMb,
      ledgerMb,
    }),
);
