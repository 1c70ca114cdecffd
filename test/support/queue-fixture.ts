import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import { MockSmsProvider } from '../../lib/testing/index.js';
import type { SmsModuleOptions } from '../../lib/index.js';
import type { SmsCampaignStatus, SmsQueueModuleOptions } from '../../lib/bullmq/index.js';
import { type CampaignHarness, createCampaignHarness } from './campaign-harness.js';
import { type QueueWorkerConfig, QueueWorkerProcess } from './queue-worker-process.mjs';
import { deleteKeys, TEST_REDIS, testPrefix, testRedisClient } from './redis.js';

/** How a spec's queue is set up: its worker processes, their options, and `SmsModule`'s retries in them. */
export interface QueueFixtureOptions {
  /** Worker processes started before the tests; `startWorker` starts more. */
  workers: number;
  queue?: Omit<SmsQueueModuleOptions, 'connection' | 'prefix'>;
  sms?: Partial<Pick<SmsModuleOptions, 'retry' | 'timeout'>>;
}

/**
 * A `MockSmsProvider`, worker processes sending to it, and a campaign harness in the test's process (no worker) on
 * the same Redis and prefix of the spec's own, for the tests of one spec file: started before its tests, the
 * provider reset after each (requests, messages, faults, credit), and everything stopped after all, the spec's
 * Redis keys deleted.
 */
export class QueueFixture {
  readonly provider = new MockSmsProvider();
  readonly prefix: string;
  readonly workers: QueueWorkerProcess[] = [];
  #harness?: CampaignHarness;
  #config?: QueueWorkerConfig;

  constructor(name: string, { workers, queue = {}, sms }: QueueFixtureOptions) {
    this.prefix = testPrefix(name);
    beforeAll(async () => {
      const baseUrl = await this.provider.start();
      const apiKey = this.provider.apiKey;
      // The process that starts campaigns fixes their jobs' tries: it takes the same retry as the workers.
      const retry = queue.retry === undefined ? {} : { retry: queue.retry };
      this.#harness = await createCampaignHarness({ apiKey, baseUrl }, { prefix: this.prefix, ...retry });
      this.#config = {
        apiKey,
        baseUrl,
        ...(sms === undefined ? {} : { sms }),
        queue: { connection: TEST_REDIS ?? '', prefix: this.prefix, ...queue },
      };
      await Promise.all(Array.from({ length: workers }, () => this.startWorker()));
    });
    afterEach(() => {
      this.provider.reset();
      this.provider.credit = Infinity;
    });
    afterAll(async () => {
      await Promise.all(this.workers.map((worker) => worker.stop()));
      await this.#harness?.module.close();
      await this.provider.stop();
      const redis = testRedisClient();
      await deleteKeys(redis, this.prefix);
      await redis.quit();
    });
  }

  /** The harness of the test's process: `campaigns`, and what it logged. */
  get harness(): CampaignHarness {
    if (this.#harness === undefined) throw new Error('QueueFixture: read it inside a test or a hook');
    return this.#harness;
  }

  /** Starts one more worker process, set up as the others; resolves once it is ready. */
  async startWorker(): Promise<QueueWorkerProcess> {
    if (this.#config === undefined) throw new Error('QueueFixture: start workers inside a test or a hook');
    const worker = await QueueWorkerProcess.start(this.#config);
    this.workers.push(worker);
    return worker;
  }

  /** Every receptor the provider received, in every request (accepted or not), in order. */
  receivedReceptors(): string[] {
    return this.provider.requests.flatMap(
      (request) => (request.json as { receptors?: string[] }).receptors ?? [],
    );
  }
}

/** Sets up a `QueueFixture` for the tests of the spec file (or `describe` block) it is called in. */
export function useQueue(name: string, options: QueueFixtureOptions): QueueFixture {
  return new QueueFixture(name, options);
}

/** Checks that a campaign's status counts every receptor once: `total = accepted + failed + unknown + skipped + pending`. */
export function expectEveryReceptorCounted(status: SmsCampaignStatus): void {
  const { total, accepted, failed, unknown, skipped, pending } = status;
  expect(pending).toBeGreaterThanOrEqual(0);
  expect({ counted: accepted + failed + unknown + skipped + pending }).toEqual({ counted: total });
}
