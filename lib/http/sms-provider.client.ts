import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { setTimeout as pause } from 'node:timers/promises';
import { SmsAbortedException, type SmsException, SmsProviderException } from '../exceptions/index.js';
import type { SendArrayRequestBody, SendArrayResult } from '../interfaces/index.js';
import type { ResolvedSmsOptions } from '../options/sms-options.resolver.js';
import { readSendArrayReply } from '../provider/send-array-reply.reader.js';
import { retryDelay } from '../retry/retry.policy.js';
import { SMS_HTTP_SERVICE, SMS_LOG_CONTEXT, SMS_RESOLVED_OPTIONS } from '../sms.constants.js';
import type { CallSettings } from '../validation/call-settings.js';
import { followAbort } from './follow-abort.js';
import { requestWithin } from './request-within.js';
import type { SmsHttpService } from './sms-http.service.js';

/**
 * Sends checked request bodies to the provider: one `POST` a try, retried only where the provider cannot have
 * accepted the request. When the module closes, nothing more goes out: a send not yet on its way, or waiting to
 * retry, rejects unsent, and the connections close once the requests on their way have their replies.
 */
@Injectable()
export class SmsProviderClient implements OnModuleDestroy {
  readonly #options: ResolvedSmsOptions;
  readonly #http: SmsHttpService;
  readonly #logger: Logger;
  readonly #closing = new AbortController();
  readonly #onTheirWay = new Set<Promise<unknown>>();

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
      if (this.#closing.signal.aborted) throw SmsAbortedException.closed();
      try {
        return await this.#try(body, timeout, signal);
      } catch (error) {
        const exception = error as SmsException;
        if (exception instanceof SmsProviderException && exception.retryAfterMs !== undefined)
          pacing?.tryLater(Math.min(exception.retryAfterMs, this.#options.retry.maxDelayMs));
        const delay = retryDelay(exception, attempt, this.#options.retry);
        if (delay === undefined) throw exception;
        this.#logger.debug(
          `sendArray try ${attempt} failed (${exception.message}); retrying in ${Math.round(delay)} ms`,
        );
        await this.#wait(delay, signal);
        await pacing?.beforeRetry();
      }
    }
  }

  /** Stops sending, waits for the requests on their way, then closes the connections. */
  async onModuleDestroy(): Promise<void> {
    this.#closing.abort();
    await Promise.allSettled(this.#onTheirWay);
    this.#http.close();
  }

  /** One try: every way it can fail is an `SmsException`. */
  async #try(body: SendArrayRequestBody, timeout: number, signal?: AbortSignal): Promise<SendArrayResult> {
    const sending = requestWithin(timeout, signal, (abort) =>
      this.#http.axiosRef.post<string>(this.#options.sendArrayUrl, body, { signal: abort }),
    );
    this.#onTheirWay.add(sending);
    let reply;
    try {
      reply = await sending;
    } finally {
      this.#onTheirWay.delete(sending);
    }
    const retryAfter: unknown = reply.headers['retry-after'];
    return readSendArrayReply(
      {
        status: reply.status,
        body: reply.data,
        retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
      },
      this.#options,
    );
  }

  /** Waits `delay` ms before a retry, or less when the caller aborts or the module closes. */
  async #wait(delay: number, signal?: AbortSignal): Promise<void> {
    const waking = new AbortController();
    const unfollow = [this.#closing.signal, signal].map((source) => source && followAbort(source, waking));
    await pause(delay, undefined, { signal: waking.signal }).catch(() => undefined);
    for (const stop of unfollow) stop?.();
  }
}
