import { Inject, Injectable, Logger } from '@nestjs/common';
import { setTimeout as pause } from 'node:timers/promises';
import { SmsAbortedException, type SmsException, SmsProviderException } from '../exceptions/index.js';
import type { SendArrayRequestBody, SendArrayResult } from '../interfaces/index.js';
import type { ResolvedSmsOptions } from '../options/sms-options.resolver.js';
import { readSendArrayReply } from '../provider/send-array-reply.reader.js';
import { retryDelay } from '../retry/retry.policy.js';
import { SMS_HTTP_SERVICE, SMS_LOG_CONTEXT, SMS_RESOLVED_OPTIONS } from '../sms.constants.js';
import type { CallSettings } from '../validation/call-settings.js';
import type { SmsHttpService } from './sms-http.service.js';
import { transportException } from './transport-exception.js';

/**
 * Sends checked request bodies to the provider: one `POST` a try, retried only where the provider cannot have
 * accepted the request.
 */
@Injectable()
export class SmsProviderClient {
  readonly #options: ResolvedSmsOptions;
  readonly #http: SmsHttpService;
  readonly #logger: Logger;

  constructor(
    @Inject(SMS_RESOLVED_OPTIONS) options: ResolvedSmsOptions,
    @Inject(SMS_HTTP_SERVICE) http: SmsHttpService,
    @Inject(SMS_LOG_CONTEXT) logContext: string,
  ) {
    this.#options = options;
    this.#http = http;
    this.#logger = new Logger(logContext);
  }

  /** Sends `body`; resolves to the provider's acceptance or rejects with the `SmsException` of the last try. */
  async sendArray(
    body: SendArrayRequestBody,
    { timeout, signal, pacing }: CallSettings,
  ): Promise<SendArrayResult> {
    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) throw SmsAbortedException.beforeSending();
      try {
        return await this.#request(body, timeout, signal);
      } catch (error) {
        const exception = error as SmsException;
        if (exception instanceof SmsProviderException && exception.retryAfterMs !== undefined)
          pacing?.tryLater(Math.min(exception.retryAfterMs, this.#options.retry.maxDelayMs));
        const delay = retryDelay(exception, attempt, this.#options.retry);
        if (delay === undefined) throw exception;
        this.#logger.debug(
          `sendArray try ${attempt} failed (${exception.message}); retrying in ${Math.round(delay)} ms`,
        );
        await pause(delay, undefined, { signal }).catch(() => undefined);
        await pacing?.beforeRetry();
      }
    }
  }

  /** One try: every way it can fail is an `SmsException`. */
  async #request(
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
