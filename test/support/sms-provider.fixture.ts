import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { TestingModule } from '@nestjs/testing';
import type { SmsModuleOptions, SmsService } from '../../lib/index.js';
import { MockSmsProvider, type MockSmsProviderOptions } from '../../lib/testing/index.js';
import type { RecordingLogger } from './recording-logger.js';
import { API_KEY, createSmsHarness, type SmsHarness } from './sms-testing.js';

/** What the fixture is set up with: the provider's options, and the module's beyond the key and the URL. */
export interface SmsProviderFixtureOptions extends Partial<Omit<SmsModuleOptions, 'apiKey' | 'baseUrl'>> {
  provider?: MockSmsProviderOptions;
}

/**
 * A `MockSmsProvider` (with the test key `API_KEY`, unless the options give another) and an `SmsModule` that sends
 * to it, for the tests of one spec file: the provider is started and the module compiled before the tests, the
 * provider reset after each (its requests, messages, faults and credit), and both closed after all.
 */
export class SmsProviderFixture {
  readonly provider: MockSmsProvider;
  #harness?: SmsHarness;

  constructor({ provider, ...moduleOptions }: SmsProviderFixtureOptions = {}) {
    this.provider = new MockSmsProvider({ apiKey: API_KEY, ...provider });
    const credit = this.provider.credit;
    beforeAll(async () => {
      const baseUrl = await this.provider.start();
      this.#harness = await createSmsHarness({ apiKey: this.provider.apiKey, baseUrl, ...moduleOptions });
    });
    beforeEach(() => {
      // Nest's logger is process-global: a module a test compiled took it over; give it back.
      Logger.overrideLogger(this.logger);
    });
    afterEach(() => {
      this.provider.reset();
      this.provider.credit = credit;
    });
    afterAll(async () => {
      await this.#harness?.module.close();
      await this.provider.stop();
    });
  }

  /** The module's `SmsService`. */
  get sms(): SmsService {
    return this.#compiled.sms;
  }

  /** Every line the module logged. */
  get logger(): RecordingLogger {
    return this.#compiled.logger;
  }

  /** The compiled testing module. */
  get module(): TestingModule {
    return this.#compiled.module;
  }

  get #compiled(): SmsHarness {
    if (this.#harness === undefined) throw new Error('SmsProviderFixture: read it inside a test or a hook');
    return this.#harness;
  }
}

/** Sets up an `SmsProviderFixture` for the tests of the spec file (or `describe` block) it is called in. */
export function useSmsProvider(options?: SmsProviderFixtureOptions): SmsProviderFixture {
  return new SmsProviderFixture(options);
}
