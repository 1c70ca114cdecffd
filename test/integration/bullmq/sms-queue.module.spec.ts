import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { BullModule } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';
import type { Redis } from 'ioredis';
import { SmsCampaignService, SmsQueueModule, type SmsQueueModuleOptions } from '../../../lib/bullmq/index.js';
import { SmsModule, SmsOptionsError } from '../../../lib/index.js';
import { MockSmsProvider, RecordingSmsService, SmsTestingModule } from '../../../lib/testing/index.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import {
  deleteKeys,
  describeWithRedis,
  TEST_REDIS,
  testPrefix,
  testRedisClient,
} from '../../support/redis.js';
import { mobileNumbers, waitFor } from '../../support/wait-for.js';

/** The connection options of the run's Redis, as a BullModule.forRoot configuration gives them. */
const redisOptions = (): Record<string, unknown> =>
  TEST_REDIS?.startsWith('/') ? { path: TEST_REDIS } : { url: TEST_REDIS };

describeWithRedis('SmsQueueModule in an application', () => {
  const provider = new MockSmsProvider();
  const prefix = testPrefix('module');
  let redis: Redis;
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = await provider.start();
    redis = testRedisClient();
  });
  afterAll(async () => {
    await provider.stop();
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  /** Compiles and starts an application with `imports`; its campaigns, and a way to close it. */
  async function application(imports: Parameters<typeof Test.createTestingModule>[0]['imports']) {
    const logger = new RecordingLogger();
    const module = await Test.createTestingModule({ imports }).setLogger(logger).compile();
    await module.init().catch(async (error: unknown) => {
      await module.close();
      throw error;
    });
    return { campaigns: module.get(SmsCampaignService), logger, close: () => module.close() };
  }

  const sms = (name?: string, defaultSender = '10004346') =>
    SmsModule.forRoot({ apiKey: provider.apiKey, baseUrl, defaultSender, ...(name ? { name } : {}) });

  it("sends through the SmsModule instance named by `instance`, with the worker of the application's own process", async () => {
    const app = await application([
      sms(),
      sms('bulk', '2000'),
      SmsQueueModule.forRoot({ connection: TEST_REDIS, prefix, instance: 'bulk' }),
    ]);
    const id = await app.campaigns.start({ message: 'Hello', receptors: mobileNumbers(150) });
    expect(await app.campaigns.result(id)).toMatchObject({ state: 'completed', accepted: 150 });
    expect(provider.messages.map((message) => message.sender)).toEqual(['2000', '2000']);
    await app.close();
  });

  it("sends through SmsTestingModule's RecordingSmsService in an application's tests", async () => {
    const module = await Test.createTestingModule({
      imports: [
        SmsTestingModule.forRoot({ defaultSender: '3000' }),
        SmsQueueModule.forRoot({ connection: TEST_REDIS, prefix }),
      ],
    })
      .setLogger(new RecordingLogger())
      .compile();
    await module.init();
    const campaigns = module.get(SmsCampaignService);
    const id = await campaigns.start({ message: 'Hello', receptors: mobileNumbers(150) });
    expect(await campaigns.result(id)).toMatchObject({ state: 'completed', accepted: 150 });
    expect(
      module
        .get(RecordingSmsService)
        .sent.map((sent) => sent.receptors.length)
        .sort((a, b) => b - a),
    ).toEqual([100, 50]);
    await module.close();
  });

  it.each<[string, () => unknown[]]>([
    [
      "the application's BullModule.forRoot(configKey) configuration",
      () => [
        BullModule.forRoot('queues', { connection: redisOptions() }),
        SmsQueueModule.forRoot({ configKey: 'queues', prefix }),
      ],
    ],
    [
      "the application's default BullModule.forRoot configuration",
      () => [
        BullModule.forRoot({ connection: redisOptions() }),
        SmsQueueModule.forRootAsync({ useFactory: (): SmsQueueModuleOptions => ({ prefix }) }),
      ],
    ],
  ])('reuses %s for Redis', async (_case, queueImports) => {
    const app = await application([sms(), ...(queueImports() as [])]);
    const id = await app.campaigns.start({ message: 'Hello', receptors: mobileNumbers(10) });
    expect(await app.campaigns.result(id)).toMatchObject({ state: 'completed', accepted: 10 });
    await app.close();
  });

  it.each<[string, () => unknown[], string]>([
    [
      'no SmsModule instance of that name',
      () => [sms(), SmsQueueModule.forRoot({ connection: TEST_REDIS, prefix, instance: 'otp' })],
      'instance',
    ],
    [
      'no unnamed SmsModule',
      () => [sms('otp'), SmsQueueModule.forRoot({ connection: TEST_REDIS, prefix })],
      'instance',
    ],
    [
      'a configKey nothing registered',
      () => [sms(), SmsQueueModule.forRoot({ configKey: 'nowhere', prefix })],
      'configKey',
    ],
    ['no Redis at all', () => [sms(), SmsQueueModule.forRoot({ prefix })], 'connection'],
    [
      'a rate limit of no requests',
      () => [
        sms(),
        SmsQueueModule.forRoot({ connection: TEST_REDIS, prefix, rateLimit: { requests: 0, perMs: 1_000 } }),
      ],
      'rateLimit.requests',
    ],
  ])('fails to start with an SmsOptionsError for %s', async (_case, imports, option) => {
    const started = application(imports() as []);
    await expect(started).rejects.toBeInstanceOf(SmsOptionsError);
    await expect(started).rejects.toMatchObject({ option });
  });

  it('lets the batches it is sending settle before it closes', async () => {
    const app = await application([sms(), SmsQueueModule.forRoot({ connection: TEST_REDIS, prefix })]);
    provider.failNext({ delayMs: 300 });
    const id = await app.campaigns.start({ message: 'Hello', receptors: mobileNumbers(100) });
    await waitFor(() => provider.inFlight > 0);
    await app.close();

    const reader = await application([
      sms(),
      SmsQueueModule.forRoot({ connection: TEST_REDIS, prefix, worker: false }),
    ]);
    expect(await reader.campaigns.status(id)).toMatchObject({ state: 'completed', accepted: 100 });
    await reader.close();
  });

  it('warns when Nest would close SmsModule before it, cutting the batches it is sending', async () => {
    const warning = /SmsModule closes before SmsQueueModule/;
    const queueFirst = await application([SmsQueueModule.forRoot({ connection: TEST_REDIS, prefix }), sms()]);
    expect(queueFirst.logger.lines.join('\n')).toMatch(warning);
    await queueFirst.close();
    const smsFirst = await application([sms(), SmsQueueModule.forRoot({ connection: TEST_REDIS, prefix })]);
    expect(smsFirst.logger.lines.join('\n')).not.toMatch(warning);
    await smsFirst.close();
  });

  it('closes every Redis connection it opened, its worker included, when the application closes', async () => {
    const connectionName = `close-${prefix}`;
    const ours = async () =>
      ((await redis.client('LIST')) as string)
        .split('\n')
        .map((line) => /name=(\S*)/.exec(line)?.[1] ?? '')
        .filter((name) => name === connectionName || name.startsWith(`${prefix}:`));
    const app = await application([
      sms(),
      SmsQueueModule.forRoot({ connection: { ...redisOptions(), connectionName }, prefix }),
    ]);
    const id = await app.campaigns.start({ message: 'Hello', receptors: mobileNumbers(10) });
    await app.campaigns.result(id);
    expect((await ours()).length).toBeGreaterThanOrEqual(3);
    await app.close();
    await waitFor(async () => (await ours()).length === 0, { timeoutMs: 2_000 }).catch(() => undefined);
    expect(await ours()).toEqual([]);
  });
});
