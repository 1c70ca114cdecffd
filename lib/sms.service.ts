import { Inject, Injectable, Logger } from '@nestjs/common';
import { campaignResult, runCampaign } from './bulk/campaign.js';
import { campaignShape } from './bulk/bulk-send.options.js';
import { campaignReceptors, receptorBatches } from './bulk/receptor-batches.js';
import { SmsProviderClient } from './http/sms-provider.client.js';
import type {
  BulkSendInput,
  BulkSendOptions,
  BulkSendResult,
  SendArrayInput,
  SendArrayOptions,
  SendArrayResult,
} from './interfaces/index.js';
import { countSegments } from './segments/count-segments.js';
import { SMS_LOG_CONTEXT, SMS_RESOLVED_OPTIONS } from './sms.constants.js';
import type { ResolvedSmsOptions } from './sms-options.resolver.js';
import {
  callTimeout,
  requestBody,
  validateMessageParts,
  validateSendArrayInput,
} from './validation/send-array-input.validator.js';

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
  private readonly logger: Logger;
  readonly #options: ResolvedSmsOptions;
  readonly #client: SmsProviderClient;

  constructor(
    @Inject(SMS_RESOLVED_OPTIONS) options: ResolvedSmsOptions,
    @Inject(SMS_LOG_CONTEXT) logContext: string,
    client: SmsProviderClient,
  ) {
    this.#options = options;
    this.#client = client;
    this.logger = new Logger(logContext);
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
    const body = validateSendArrayInput(input, this.#options);
    const timeout = callTimeout(options.timeout, this.#options.timeout);
    return this.#client.send(body, { timeout, signal: options.signal });
  }

  /**
   * Sends one text to any number of mobile numbers, in requests of up to `chunkSize` (100) with up to
   * `concurrency` (4) at once, reading `input.receptors` lazily. Receptors are normalised and deduplicated across
   * the campaign. Each request is retried as `sendArray`'s are.
   *
   * It rejects only for invalid input, checked before anything is sent (including, for an array without
   * `skipInvalid`, an invalid receptor), or when reading the receptors fails. A failed batch does not reject: the
   * result accounts for every receptor exactly once. After an error every later batch would repeat (not enough
   * credit, a rejected sender or date) or an abort, no further batch is sent, and the rest are reported skipped.
   *
   * @example
   * ```ts
   * const result = await this.sms.sendBulk(
   *   { message: 'Our shop opens at nine', receptors: customers.phoneNumbers() },
   *   { onProgress: ({ receptors }) => this.logger.log(`${receptors} sent`) },
   * );
   * ```
   */
  async sendBulk(input: BulkSendInput, options: BulkSendOptions = {}): Promise<BulkSendResult> {
    const parts = validateMessageParts(input, this.#options);
    const call = { timeout: callTimeout(options.timeout, this.#options.timeout), signal: options.signal };
    const { chunkSize, concurrency } = campaignShape(options);
    const invalid: string[] = [];
    const receptors = campaignReceptors(input.receptors, options.skipInvalid === true, invalid);

    const batches = await runCampaign({
      batches: receptorBatches(receptors, chunkSize, invalid),
      concurrency,
      send: (batch) => this.#client.send(requestBody(parts, batch), call),
      onProgress: options.onProgress,
      logger: this.logger,
    });
    const result = campaignResult(batches, invalid, countSegments(parts.message).segments);
    this.logger.log(
      `sendBulk finished: ${result.total} receptors in ${batches.length} batches, ${result.accepted} accepted, ` +
        `${result.failed} failed, ${result.skipped} skipped, ${invalid.length} invalid; ${result.segments} segments`,
    );
    return result;
  }
}
