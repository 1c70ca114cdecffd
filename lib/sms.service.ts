import { Inject, Injectable, Logger } from '@nestjs/common';
import { SmsAccountStatus } from './account/sms-account.status.js';
import { sendCampaign } from './bulk/send-campaign.js';
import type { SmsException } from './exceptions/index.js';
import { SmsProviderClient } from './http/sms-provider.client.js';
import type {
  BulkSendInput,
  BulkSendOptions,
  BulkSendResult,
  BulkSendTotals,
  SendArrayInput,
  SendArrayMessageParts,
  SendArrayOptions,
  SendArrayRequestBody,
  SendArrayResult,
} from './interfaces/index.js';
import { acceptedSendLine, failedSendLine, unreadTimeLine } from './logging/send-outcome.log.js';
import type { ResolvedSmsOptions } from './options/sms-options.resolver.js';
import { SMS_LOG_CONTEXT, SMS_RESOLVED_OPTIONS } from './sms.constants.js';
import { type CallSettings, callSettings } from './validation/call-settings.js';
import { validateMessageParts } from './validation/message-parts.validator.js';
import { validateSendArrayInput } from './validation/send-array-input.validator.js';

/**
 * Sends SMS through the provider. Inject it wherever an application sends messages.
 *
 * @example
 * ```ts
 * constructor(private readonly sms: SmsService) {}
 *
 * await this.sms.sendArray({ message: 'Your code is 1234', receptors: ['09121234567'] });
 * ```
 */
@Injectable()
export class SmsService {
  readonly #options: ResolvedSmsOptions;
  readonly #client: SmsProviderClient;
  readonly #account: SmsAccountStatus;
  readonly #logger: Logger;

  /** @internal Nest constructs it; inject it rather. */
  constructor(
    @Inject(SMS_RESOLVED_OPTIONS) options: ResolvedSmsOptions,
    @Inject(SMS_LOG_CONTEXT) logContext: string,
    client: SmsProviderClient,
    account: SmsAccountStatus,
  ) {
    this.#options = options;
    this.#client = client;
    this.#account = account;
    this.#logger = new Logger(logContext);
  }

  /**
   * Sends one text to up to 100 mobile numbers, at once or at `input.date`.
   *
   * The input is checked and normalised first: when it is invalid, the call rejects with the `SmsException`
   * naming the problem and nothing is sent. A provider error, a timeout or an unreachable provider rejects with
   * the matching `SmsException` too. Only a request the provider cannot have accepted is retried (see the
   * `retry` option); an exception with `maybeSent` may have gone out.
   *
   * @returns the provider's acceptance, with the message id to ask for its delivery later.
   */
  async sendArray(input: SendArrayInput, options: SendArrayOptions = {}): Promise<SendArrayResult> {
    const call = callSettings(options, this.#options);
    const body = validateSendArrayInput(input, this.#options, call.maxSegments);
    return this.#send(body, call);
  }

  /**
   * Sends one text to any number of mobile numbers, in requests of up to `chunkSize` (100) with up to
   * `concurrency` (4) at once, reading `input.receptors` lazily: a batch is read only when a request is free to send
   * it. Receptors are normalised and, unless `dedupe: false`, deduplicated across the campaign. Each request is
   * retried as `sendArray`'s are; `rate` caps how many start in a window, and a `Retry-After` holds them all.
   *
   * A failed batch does not reject: the result accounts for every receptor read exactly once. After an abort, an
   * error every later batch would repeat (not enough credit, a rejected sender or date) or a failing `onBatch`, the
   * source is read no further and closed (its iterator's `return()`), the batches read but not sent are skipped, and the call
   * settles as soon as the requests in flight do; the result says `complete: false`, why (`stoppedBy`) and how
   * many inputs were read (`consumed`). It rejects for invalid input, checked before anything is sent (including,
   * for an array without `skipInvalid`, an invalid receptor), and with `BulkSendInterruptedError`, whose `result`
   * accounts for what was done, when reading the receptors or `onBatch` fails.
   *
   * With `retainBatches: false` the result is totals only (`BulkSendTotals`) and memory does not grow with the
   * campaign: stream each batch's outcome to storage with `onBatch`, which the campaign waits for.
   *
   * @example
   * ```ts
   * const result = await this.sms.sendBulk(
   *   { message: 'Our shop opens at nine', receptors: this.customers.phoneNumbers() },
   *   { retainBatches: false, onBatch: (batch) => this.outcomes.save(batch) },
   * );
   * if (!result.complete) this.logger.warn(`stopped (${result.stoppedBy}) after ${result.consumed} inputs`);
   * ```
   */
  sendBulk(
    input: BulkSendInput,
    options: BulkSendOptions & { retainBatches: false },
  ): Promise<BulkSendTotals>;
  /** `sendBulk` keeping every batch (the default): the result has `batches` and `invalid`. */
  sendBulk(
    input: BulkSendInput,
    options?: BulkSendOptions & { retainBatches?: true },
  ): Promise<BulkSendResult>;
  /** `sendBulk` with `retainBatches` known only at run time: `'batches' in result` tells which result it is. */
  sendBulk(input: BulkSendInput, options?: BulkSendOptions): Promise<BulkSendTotals | BulkSendResult>;
  async sendBulk(
    input: BulkSendInput,
    options: BulkSendOptions = {},
  ): Promise<BulkSendTotals | BulkSendResult> {
    return sendCampaign(input, options, {
      defaults: this.#options,
      send: (body, call) => this.#send(body, call),
      logger: this.#logger,
    });
  }

  /**
   * Checks and normalises what every request of a campaign shares, the sender (or `defaultSender`), the message and
   * the date, as `sendArray` and `sendBulk` do before sending, and sends nothing: it throws the same
   * `SmsException`s. For campaigns checked in one process and sent from others, such as those of
   * `SmsCampaignService` in `nestjs-sms/bullmq`.
   *
   * @returns the parts as the provider receives them: the sender as digits, the date as `YYYY-MM-DD HH:mm:ss` in the
   * module's `timeZone`.
   */
  validateMessage(input: Omit<SendArrayInput, 'receptors'>): SendArrayMessageParts {
    return validateMessageParts(input, this.#options);
  }

  /** Sends a checked body, then logs the outcome (numbers masked) and tells the account status of it. */
  async #send(body: SendArrayRequestBody, call: CallSettings): Promise<SendArrayResult> {
    try {
      const result = await this.#client.sendArray(body, call);
      this.#account.recordAccepted();
      if (Logger.isLevelEnabled('debug')) this.#logger.debug(acceptedSendLine(body, result));
      if (result.rawTime !== undefined) this.#logger.warn(unreadTimeLine(result));
      return result;
    } catch (error) {
      this.#account.recordFailed(error);
      this.#logger.warn(failedSendLine(body, error as SmsException));
      throw error;
    }
  }
}
