import { Inject, Injectable, Logger } from '@nestjs/common';
import { SmsAccountStatus } from '../account/sms-account.status.js';
import { sendCampaign } from '../bulk/send-campaign.js';
import { SmsAbortedException, type SmsException } from '../exceptions/index.js';
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
} from '../interfaces/index.js';
import { DEFAULT_TIMEOUT_MS } from '../options/sms-options.defaults.js';
import type { SmsService } from '../sms.service.js';
import { type CallSettings, callSettings } from '../validation/call-settings.js';
import { type SendArrayDefaults, validateMessageParts } from '../validation/message-parts.validator.js';
import { validateSendArrayInput } from '../validation/send-array-input.validator.js';
import type { RecordedSms } from './interfaces/index.js';
import { repeat } from './repeat.js';
import { SMS_TESTING_DEFAULTS } from './sms-testing.constants.js';

/**
 * An in-memory `SmsService` for unit tests of an application: it checks each send exactly as `SmsService` does,
 * rejecting with the same `SmsException`s, then records it instead of sending it. `SmsTestingModule` provides it,
 * and serves it wherever the application injects `SmsService`.
 *
 * @example
 * ```ts
 * const module = await Test.createTestingModule({
 *   imports: [SmsTestingModule.forRoot({ defaultSender: '3000' })],
 *   providers: [SignupService],
 * }).compile();
 *
 * await module.get(SignupService).signUp('+98 912 123 4567');
 * expect(module.get(RecordingSmsService).sent[0].receptors).toEqual(['09121234567']);
 * ```
 */
@Injectable()
export class RecordingSmsService implements Pick<SmsService, 'sendArray' | 'sendBulk' | 'validateMessage'> {
  /** Every send accepted since the start or `clear`, in order. */
  readonly sent: RecordedSms[] = [];
  readonly #defaults: SendArrayDefaults;
  readonly #account: SmsAccountStatus;
  readonly #failures: SmsException[] = [];
  readonly #logger = new Logger(RecordingSmsService.name);
  #count = 0;

  /** @internal `SmsTestingModule` constructs it. */
  constructor(@Inject(SMS_TESTING_DEFAULTS) defaults: SendArrayDefaults, account: SmsAccountStatus) {
    this.#defaults = defaults;
    this.#account = account;
  }

  /**
   * Checks and normalises the send as `SmsService.sendArray` does, then rejects with the next failure queued by
   * `failNext`, or records it in `sent` and resolves to an approved result with the id `recorded-<n>`.
   */
  sendArray(input: SendArrayInput, options: SendArrayOptions = {}): Promise<SendArrayResult> {
    return new Promise((resolve) => {
      const call = callSettings(options, { ...this.#defaults, timeout: DEFAULT_TIMEOUT_MS });
      resolve(this.#record(validateSendArrayInput(input, this.#defaults, call.maxSegments), call));
    });
  }

  /**
   * Runs the campaign as `SmsService.sendBulk` does, with the same checks, batches and accounting, recording each
   * batch in `sent` as one send; queued failures apply to the batches in turn.
   */
  sendBulk(
    input: BulkSendInput,
    options: BulkSendOptions & { retainBatches: false },
  ): Promise<BulkSendTotals>;
  sendBulk(
    input: BulkSendInput,
    options?: BulkSendOptions & { retainBatches?: true },
  ): Promise<BulkSendResult>;
  sendBulk(input: BulkSendInput, options?: BulkSendOptions): Promise<BulkSendTotals | BulkSendResult>;
  sendBulk(input: BulkSendInput, options: BulkSendOptions = {}): Promise<BulkSendTotals | BulkSendResult> {
    return sendCampaign(input, options, {
      defaults: { ...this.#defaults, timeout: DEFAULT_TIMEOUT_MS },
      send: (body, call) => new Promise((resolve) => resolve(this.#record(body, call))),
      logger: this.#logger,
    });
  }

  /** Checks and normalises a send's sender, message and date as `SmsService.validateMessage` does. */
  validateMessage(input: Omit<SendArrayInput, 'receptors'>): SendArrayMessageParts {
    return validateMessageParts(input, this.#defaults);
  }

  /** Makes the next `times` valid sends reject with `exception`, after the failures already queued. */
  failNext(exception: SmsException, times = 1): this {
    this.#failures.push(...repeat(exception, times));
    return this;
  }

  /** Forgets the recorded sends and the queued failures. */
  clear(): void {
    this.sent.length = 0;
    this.#failures.length = 0;
  }

  /** Records a checked send, or throws the failure queued for it. */
  #record(body: SendArrayRequestBody, { signal }: CallSettings): SendArrayResult {
    if (signal?.aborted) throw SmsAbortedException.beforeSending();
    const failure = this.#failures.shift();
    if (failure !== undefined) {
      this.#account.recordFailed(failure);
      throw failure;
    }
    this.#account.recordAccepted();
    this.#count += 1;
    const result = {
      messageId: `recorded-${this.#count}`,
      status: 100,
      statusText: 'تایید شد',
      time: new Date(),
    };
    this.sent.push({ ...body, result });
    return result;
  }
}
