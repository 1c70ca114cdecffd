import { Inject, Injectable, Logger } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';
import { SmsException } from './exceptions/index.js';
import { SmsCreditStatus } from './health/sms-credit.status.js';
import type { SmsHttpService } from './http/sms-http.service.js';
import { transportException } from './http/transport-exception.js';
import type { SendArrayInput, SendArrayOptions, SendArrayResult } from './interfaces/index.js';
import { describeReceptors } from './logging/mask-receptor.js';
import { readSendArrayReply } from './provider/sms-provider.protocol.js';
import { SMS_HTTP_SERVICE, SMS_RESOLVED_OPTIONS } from './sms.constants.js';
import type { ResolvedSmsOptions } from './sms-options.resolver.js';
import { callTimeout, validateSendArrayInput } from './validation/send-array-input.validator.js';

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
  private readonly logger = new Logger(SmsService.name);
  readonly #options: ResolvedSmsOptions;
  readonly #http: SmsHttpService;
  readonly #credit: SmsCreditStatus;

  constructor(
    @Inject(SMS_RESOLVED_OPTIONS) options: ResolvedSmsOptions,
    @Inject(SMS_HTTP_SERVICE) http: SmsHttpService,
    credit: SmsCreditStatus,
  ) {
    this.#options = options;
    this.#http = http;
    this.#credit = credit;
  }

  /**
   * Sends one text to up to 100 mobile numbers, at once or at `input.date`.
   *
   * The input is checked and normalised first: when it is invalid, the call rejects with the `SmsException`
   * naming the problem and nothing is sent. A provider error, a timeout or an unreachable provider rejects with
   * the matching `SmsException` too. Nothing is retried.
   *
   * @returns the provider's acceptance, with the message id to ask for its delivery later.
   */
  async sendArray(input: SendArrayInput, options: SendArrayOptions = {}): Promise<SendArrayResult> {
    const body = validateSendArrayInput(input, this.#options);
    const timeout = callTimeout(options.timeout, this.#options.timeout);
    const { signal } = options;
    try {
      signal?.throwIfAborted();
      const reply = await firstValueFrom(
        this.#http.post<string>(this.#options.sendArrayUrl, body, { timeout, signal }),
      );
      const result = readSendArrayReply(reply.status, reply.data, this.#options.redact);
      this.#credit.recordAccepted();
      this.logger.debug(
        `sendArray accepted for ${describeReceptors(body.receptors)}: message ${result.messageId}`,
      );
      return result;
    } catch (error) {
      const exception =
        error instanceof SmsException ? error : transportException(error, { timeout, signal });
      this.#credit.recordFailed(exception);
      this.logger.warn(`sendArray failed for ${describeReceptors(body.receptors)}: ${exception.message}`);
      throw exception;
    }
  }
}
