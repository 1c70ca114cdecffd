import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { SmsOptionsError } from '../exceptions/index.js';
import { getSmsServiceToken } from '../sms-instance.tokens.js';
import type { SmsService } from '../sms.service.js';
import type { ResolvedSmsQueueOptions } from './options/sms-queue-options.resolver.js';
import { SMS_QUEUE_RESOLVED_OPTIONS } from './sms-queue.constants.js';

/**
 * The `SmsService` of the instance named by the `instance` option, found anywhere in the application once every
 * module is built; a missing instance fails the application's start with an `SmsOptionsError`.
 */
@Injectable()
export class SmsInstanceRef implements OnModuleInit {
  readonly #name?: string;
  readonly #moduleRef: ModuleRef;
  #service?: SmsService;

  constructor(@Inject(SMS_QUEUE_RESOLVED_OPTIONS) options: ResolvedSmsQueueOptions, moduleRef: ModuleRef) {
    this.#name = options.instance;
    this.#moduleRef = moduleRef;
  }

  onModuleInit(): void {
    try {
      this.#service = this.#moduleRef.get<SmsService>(getSmsServiceToken(this.#name), { strict: false });
    } catch {
      throw new SmsOptionsError(
        'instance',
        this.#name === undefined
          ? 'is left out, but the application registers no unnamed SmsModule'
          : `names no SmsModule instance: register SmsModule.forRoot({ name: '${this.#name}', … })`,
      );
    }
  }

  /** The instance's `SmsService`. */
  get service(): SmsService {
    if (this.#service === undefined) throw new Error('SmsQueueModule is not initialised yet');
    return this.#service;
  }
}
