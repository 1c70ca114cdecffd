import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { SmsModuleOptions, SmsOptionsFactory } from 'nestjs-sms';
import { MockSmsProvider } from 'nestjs-sms/testing';

/** The credit of the embedded provider, in receptors, unless `SMS_MOCK_CREDIT` says otherwise. */
const EMBEDDED_CREDIT = 1_000;

/**
 * Reads the SMS settings from the environment. With no `SMS_BASE_URL`, it starts an embedded `MockSmsProvider`
 * on 127.0.0.1 and points the module at it, so that the sample runs on any machine without an account.
 */
@Injectable()
export class SmsConfigService implements SmsOptionsFactory, OnApplicationShutdown {
  readonly #logger = new Logger(SmsConfigService.name);
  readonly #config: ConfigService;
  #embedded?: MockSmsProvider;

  constructor(config: ConfigService) {
    this.#config = config;
  }

  /** The embedded provider, when `SMS_BASE_URL` is unset: the demo reads what it received. */
  get embedded(): MockSmsProvider | undefined {
    return this.#embedded;
  }

  async createSmsOptions(): Promise<SmsModuleOptions> {
    const defaultSender = this.#config.get<string>('SMS_SENDER') ?? '10004346';
    const baseUrl = this.#config.get<string>('SMS_BASE_URL');
    if (baseUrl) {
      return { apiKey: this.#config.getOrThrow<string>('SMS_API_KEY'), baseUrl, defaultSender };
    }
    const credit = Number(this.#config.get<string>('SMS_MOCK_CREDIT') ?? EMBEDDED_CREDIT);
    this.#embedded = new MockSmsProvider({ credit });
    const embeddedUrl = await this.#embedded.start();
    this.#logger.log(
      `No SMS_BASE_URL set: started an embedded MockSmsProvider at ${embeddedUrl} (credit ${credit})`,
    );
    return { apiKey: this.#embedded.apiKey, baseUrl: embeddedUrl, defaultSender };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.#embedded?.stop();
  }
}
