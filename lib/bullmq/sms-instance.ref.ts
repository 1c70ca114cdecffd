import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, ModulesContainer } from '@nestjs/core';
import { SmsOptionsError } from '../exceptions/index.js';
import { getSmsServiceToken } from '../sms-instance.tokens.js';
import type { SmsService } from '../sms.service.js';
import type { ResolvedSmsQueueOptions } from './options/sms-queue-options.resolver.js';
import { SMS_QUEUE_LOG_CONTEXT, SMS_QUEUE_RESOLVED_OPTIONS } from './sms-queue.constants.js';

/** A module of the application, as Nest's container holds it: how deep it is imported. */
type HostModule = ModulesContainer extends Map<string, infer M> ? M : never;

/**
 * The `SmsService` of the `SmsModule` instance named by the `instance` option, found wherever the application
 * registered it, once every module is built: the service its module exports under `getSmsServiceToken(instance)`.
 * An instance missing, or registered twice, fails the application's start with an `SmsOptionsError`; one whose
 * module Nest would close before this one (its connections gone before the last batches settle) is warned of.
 */
@Injectable()
export class SmsInstanceRef implements OnModuleInit {
  readonly #options: ResolvedSmsQueueOptions;
  readonly #discovery: DiscoveryService;
  readonly #modules: ModulesContainer;
  #service?: SmsService;

  constructor(
    @Inject(SMS_QUEUE_RESOLVED_OPTIONS) options: ResolvedSmsQueueOptions,
    discovery: DiscoveryService,
    modules: ModulesContainer,
  ) {
    this.#options = options;
    this.#discovery = discovery;
    this.#modules = modules;
  }

  onModuleInit(): void {
    const name = this.#options.instance;
    const token = getSmsServiceToken(name);
    const providers = this.#discovery.getProviders();
    const exported = providers.filter(
      (wrapper) => wrapper.token === token && wrapper.host?.exports.has(token) === true,
    );
    if (exported.length === 0) {
      throw new SmsOptionsError(
        'instance',
        name === undefined
          ? 'is left out, but the application registers no unnamed SmsModule'
          : `names no SmsModule instance: register SmsModule.forRoot({ name: '${name}', … })`,
      );
    }
    if (exported.length > 1) {
      throw new SmsOptionsError(
        'instance',
        `names an SmsModule registered ${exported.length} times: name one`,
      );
    }
    this.#service = exported[0].instance as SmsService;
    const own = providers.find((wrapper) => wrapper.instance === this)?.host;
    const theirs = exported[0].host;
    if (this.#options.worker && own !== undefined && theirs !== undefined && this.#closesFirst(theirs, own)) {
      new Logger(SMS_QUEUE_LOG_CONTEXT).warn(
        'SmsModule closes before SmsQueueModule: batches being sent when the application closes would lose their ' +
          'connection and settle unknown. Import SmsModule before SmsQueueModule, or make it global.',
      );
    }
  }

  /** The instance's `SmsService`. */
  get service(): SmsService {
    if (this.#service === undefined) throw new Error('SmsQueueModule is not initialised yet');
    return this.#service;
  }

  /**
   * Whether Nest closes module `a` before module `b`: it closes the least deeply imported first, and of those
   * imported as deep, the one registered last.
   */
  #closesFirst(a: HostModule, b: HostModule): boolean {
    if (a.distance !== b.distance) return a.distance < b.distance;
    const order = [...this.#modules.values()];
    return order.indexOf(a) > order.indexOf(b);
  }
}
