import { Test, type TestingModule } from '@nestjs/testing';
import { SmsModule } from '../../lib/index.js';
import { SmsCampaignService, SmsQueueModule, type SmsQueueModuleOptions } from '../../lib/bullmq/index.js';
import { RecordingLogger } from './recording-logger.js';
import { TEST_REDIS } from './redis.js';

/** A compiled testing module with `SmsModule` and `SmsQueueModule`, in the test's own process. */
export interface CampaignHarness {
  campaigns: SmsCampaignService;
  logger: RecordingLogger;
  module: TestingModule;
}

/**
 * Compiles `SmsModule.forRoot` (sending to `baseUrl` with `apiKey`, default sender `10004346`) and
 * `SmsQueueModule.forRoot` on the run's Redis, with no worker unless `queue.worker` says so: the process that
 * starts, watches and controls campaigns, while worker processes send them.
 */
export async function createCampaignHarness(
  { apiKey, baseUrl }: { apiKey: string; baseUrl: string },
  queue: SmsQueueModuleOptions & { prefix: string },
): Promise<CampaignHarness> {
  const logger = new RecordingLogger();
  const module = await Test.createTestingModule({
    imports: [
      SmsModule.forRoot({ apiKey, baseUrl, defaultSender: '10004346' }),
      SmsQueueModule.forRoot({ connection: TEST_REDIS, worker: false, ...queue }),
    ],
  })
    .setLogger(logger)
    .compile();
  await module.init();
  return { campaigns: module.get(SmsCampaignService), logger, module };
}
