import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { SmsOptionsError } from '../exceptions/index.js';
import { getSmsServiceToken } from '../sms-instance.tokens.js';
import type { SmsService } from '../sms.service.js';
import type { ResolvedSmsQueueOptions } from './options/sms-queue-options.resolver.js';
import { SMS_QUEUE_RESOLVED_OPTIONS } from './sms-queue.constants.js';

/**
 * The `SmsService` of the `SmsModule` instance named by the `instance` option, found wherever the application
 * registered it, once every module is built: the service its module exports under `getSmsServiceToken(instance)`
 * (a named instance provides the `SmsService` class too, but exports only its own token). An instance missing, or
 * registered twice, fails the application's start with an `SmsOptionsError`.
 */
@Injectable()
export class SmsInstanceRef implements OnModuleInit {
  readonly #name?: string;
  readonly #discovery: DiscoveryService;
  #service?: SmsService;

  constructor(
    @Inject(SMS_QUEUE_RESOLVED_OPTIONS) options: ResolvedSmsQueueOptions,
    discovery: DiscoveryService,
  ) {
    this.#name = options.instance;
    this.#discovery = discovery;
  }

  onModuleInit(): void {
    const token = getSmsServiceToken(this.#name);
    const exported = this.#discovery
      .getProviders()
      .filter((wrapper) => wrapper.token === token && wrapper.host?.exports.has(token) === true);
    if (exported.length === 0) {
      throw new SmsOptionsError(
        'instance',
        this.#name === undefined
          ? 'is left out, but the application registers no unnamed SmsModule'
          : `names no SmsModule instance: register SmsModule.forRoot({ name: '${this.#name}', … })`,
      );
    }
    if (exported.length > 1) {
      throw new SmsOptionsError(
        'instance',
        `names an SmsModule registered ${exported.length} times: name one`,
      );
    }
    this.#service = exported[0].instance as SmsService;
  }

  /** The instance's `SmsService`. */
  get service(): SmsService {
    if (this.#service === undefined) throw new Error('SmsQueueModule is not initialised yet');
    return this.#service;
  }
}
