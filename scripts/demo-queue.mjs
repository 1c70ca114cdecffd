#!/usr/bin/env node
/**
 * `npm run demo:queue`: a durable campaign across two worker processes. Starts a Redis of its own (redis-server must
 * be installed), a MockSmsProvider, and two worker processes on the built package (test/support/queue-worker.mjs);
 * then, from this process, which runs no worker, starts a campaign, pauses and resumes it, and prints its progress
 * as the workers send it. Exits 0 when every receptor was accepted once.
 */
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SmsModule } from 'nestjs-sms';
import { SmsCampaignService, SmsQueueModule } from 'nestjs-sms/bullmq';
import { MockSmsProvider } from 'nestjs-sms/testing';
import { QueueWorkerProcess } from '../test/support/queue-worker-process.mjs';
import { hasRedisServer, INSTALL_HINT, startRedisServer } from '../test/support/redis-server.mjs';

const RECEPTORS = 20_000;
const SENDER = '10004346';

if (!process.env.REDIS_URL && !hasRedisServer()) {
  console.log(`demo:queue needs Redis: redis-server is not installed (${INSTALL_HINT}).`);
  process.exit(1);
}
const redisServer = process.env.REDIS_URL ? undefined : await startRedisServer();
const connection = process.env.REDIS_URL ?? redisServer.connection;
const prefix = `demo-${process.pid}`;
const provider = new MockSmsProvider({ apiKey: 'demo-key' });
const baseUrl = await provider.start();
// The provider takes 30 ms a request, so that the campaign lasts long enough to watch.
provider.failNext({ delayMs: 30 }, RECEPTORS / 100);
console.log(`\nnestjs-sms demo:queue: Redis at ${connection}, MockSmsProvider at ${baseUrl}\n`);

const workers = [];
let app;
try {
  for (const name of ['worker 1', 'worker 2']) {
    const worker = await QueueWorkerProcess.start(
      {
        apiKey: provider.apiKey,
        baseUrl,
        sender: SENDER,
        queue: { connection, prefix, concurrency: 4 },
      },
      { onOutput: (text) => process.stdout.write(text.replace(/^(?=.)/gm, `  [${name}] `)) },
    );
    workers.push(worker);
    console.log(`started ${name} (pid ${worker.pid})`);
  }

  class DemoModule {}
  Module({
    imports: [
      SmsModule.forRoot({ apiKey: provider.apiKey, baseUrl, defaultSender: SENDER }),
      SmsQueueModule.forRoot({ connection, prefix, worker: false }),
    ],
  })(DemoModule);
  app = await NestFactory.createApplicationContext(DemoModule, { logger: ['error', 'warn'] });
  const campaigns = app.get(SmsCampaignService);

  async function* customers() {
    for (let i = 0; i < RECEPTORS; i += 1) yield `0912${String(i).padStart(7, '0')}`;
  }
  const id = await campaigns.start({ message: 'Our shop opens at nine', receptors: customers() });
  console.log(`\nstarted campaign ${id}: ${RECEPTORS} receptors from an AsyncIterable, in batches of 100\n`);

  const show = ({ state, total, accepted, failed, unknown, skipped, pending }) =>
    console.log(
      `  ${state.padEnd(9)} ${accepted} accepted, ${pending} pending, ${failed} failed, ` +
        `${unknown} unknown, ${skipped} skipped (of ${total})`,
    );
  let paused = false;
  for await (const status of campaigns.watch(id)) {
    show(status);
    if (!paused && status.accepted >= RECEPTORS / 2) {
      paused = true;
      console.log('\npausing it from this process, which runs no worker; the batches being sent settle:');
      await campaigns.pause(id);
      await new Promise((resolve) => setTimeout(resolve, 300));
      show(await campaigns.status(id));
      const sent = provider.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      console.log(
        `a second later the provider has had ${provider.requests.length - sent} more requests; resuming\n`,
      );
      await campaigns.resume(id);
    }
  }

  const result = await campaigns.status(id);
  const received = provider.messages.flatMap((message) => message.receptors);
  const once = new Set(received).size === received.length;
  console.log(
    `\n${result.state}: ${result.accepted} accepted in ${provider.messages.length} requests, ` +
      `${result.segments} segments; each receptor reached the provider ${once ? 'once' : 'MORE THAN ONCE'}.`,
  );
  process.exitCode = result.accepted === RECEPTORS && once ? 0 : 1;
} finally {
  await Promise.all(workers.map((worker) => worker.stop()));
  await app?.close();
  await provider.stop();
  await redisServer?.stop();
}
