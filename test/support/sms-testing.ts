import { Test, type TestingModule } from '@nestjs/testing';
import { SmsModule, SmsService, type SmsModuleOptions } from '../../lib/index.js';
import { RecordingLogger } from './recording-logger.js';

/** An API key with characters that must be URL-encoded, so that tests see the encoding too. */
export const API_KEY = 'k3y/with+odd=chars&secret';

/** A compiled testing module around `SmsModule.forRoot`, its service and what it logged. */
export interface SmsHarness {
  sms: SmsService;
  logger: RecordingLogger;
  module: TestingModule;
}

/** Compiles `SmsModule.forRoot` with the test key and `defaultSender`, plus `options`. */
export async function createSmsHarness(
  options: Partial<SmsModuleOptions> & { baseUrl: string },
): Promise<SmsHarness> {
  const logger = new RecordingLogger();
  const module = await Test.createTestingModule({
    imports: [SmsModule.forRoot({ apiKey: API_KEY, defaultSender: '10004346', ...options })],
  })
    .setLogger(logger)
    .compile();
  await module.init();
  return { sms: module.get(SmsService), logger, module };
}
