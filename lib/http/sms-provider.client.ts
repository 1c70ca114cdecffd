import { Inject, Injectable, Logger } from '@nestjs/common';
import { setTimeout as pause } from 'node:timers/promises';
import { SmsAbortedException, type SmsException } from '../exceptions/index.js';
import { SmsCreditStatus } from '../health/sms-credit.status.js';
import type { SendArrayResult } from '../interfaces/index.js';
import { describeReceptors } from '../logging/mask-receptor.js';
import { readSendArrayReply, type SendArrayRequestBody } from '../provider/sms-provider.protocol.js';
import { retryDelay } from '../retry/retry.policy.js';
import { countSegments } from '../segments/count-segments.js';
import { SMS_HTTP_SERVICE, SMS_LOG_CONTEXT, SMS_RESOLVED_OPTIONS } from '../sms.constants.js';
import type { ResolvedSmsOptions } from '../sms-options.resolver.js';
import type { SmsHttpService } from './sms-http.service.js';
import { transportException } from './transport-exception.js';

/** What one call may take. */
export interface CallSettings {
  timeout: number;
  signal?: AbortSignal;
}

/**
 * Sends checked request bodies to the provider: one `POST` a try, retried only where the provider cannot have
 * accepted the request, with every outcome logged (numbers masked) and told to the credit status.
 */
@Injectable()
export class SmsProviderClient {
  private readonly logger: Logger;
  readonly #options: ResolvedSmsOptions;
  readonly #http: SmsHttpService;
  readonly #credit: SmsCreditStatus;

  constructor(
    @Inject(SMS_RESOLVED_OPTIONS) options: ResolvedSmsOptions,
    @Inject(SMS_HTTP_SERVICE) http: SmsHttpService,
    @Inject(SMS_LOG_CONTEXT) logContext: string,
    credit: SmsCreditStatus,
  ) {
    this.#options = options;
    this.#http = http;
    this.#credit = credit;
    this.logger = new Logger(logContext);
  }

  /** Sends `body`; resolves to the provider's acceptance or rejects with the `SmsException` of the last try. */
  async send(body: SendArrayRequestBody, call: CallSettings): Promise<SendArrayResult> {
    try {
      const result = await this.sendWithRetries(body, call);
      this.#credit.recordAccepted();
      if (Logger.isLevelEnabled('debug')) {
        const segments = countSegments(body.message).segments * body.receptors.length;
        this.logger.debug(
          `sendArray accepted for ${describeReceptors(body.receptors)}, ${segments} segments: message ${result.messageId}`,
        );
      }
      return result;
    } catch (error) {
      const exception = error as SmsException;
      this.#credit.recordFailed(exception);
      this.logger.warn(`sendArray failed for ${describeReceptors(body.receptors)}: ${exception.message}`);
      throw exception;
    }
  }

  private async sendWithRetries(
    body: SendArrayRequestBody,
    { timeout, signal }: CallSettings,
  ): Promise<SendArrayResult> {
    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) throw SmsAbortedException.beforeSending();
      try {
        return await this.request(body, timeout, signal);
      } catch (error) {
        const exception = error as SmsException;
        const delay = retryDelay(exception, attempt, this.#options.retry);
        if (delay === undefined) throw exception;
        this.logger.debug(
          `sendArray try ${attempt} failed (${exception.message}); retrying in ${Math.round(delay)} ms`,
        );
        await pause(delay, undefined, { signal }).catch(() => undefined);
      }
    }
  }

  /** One try: every way it can fail is an `SmsException`. */
  private async request(
    body: SendArrayRequestBody,
    timeout: number,
    signal?: AbortSignal,
  ): Promise<SendArrayResult> {
    let reply;
    try {
      reply = await this.#http.axiosRef.post<string>(this.#options.sendArrayUrl, body, { timeout, signal });
    } catch (error) {
      throw transportException(error, { timeout, signal });
    }
    const retryAfter: unknown = reply.headers['retry-after'];
    return readSendArrayReply(
      {
        status: reply.status,
        body: reply.data,
        retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
      },
      this.#options.redact,
    );
  }
}
