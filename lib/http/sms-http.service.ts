import { HttpService } from '@nestjs/axios';
import type { OnModuleDestroy } from '@nestjs/common';
import axios from 'axios';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { environmentNamesProxy } from './environment-proxy.js';

/** The largest provider reply read, in bytes: its envelopes are a few hundred. */
const MAX_REPLY_BYTES = 1024 * 1024;

/**
 * The module's own `HttpService`: an axios instance of its own, never the application's global one, with
 * keep-alive agents that close with the module.
 *
 * Replies are read as text whatever their status, so that the provider's envelope decides the outcome.
 * Redirects are not followed: a `POST` redirected elsewhere is a provider fault, not something to chase.
 * Proxies from `HTTP_PROXY` / `HTTPS_PROXY` / `ALL_PROXY` (and `NO_PROXY`) are honoured as axios honours them;
 * the environment is read for them when the module starts, not on every request.
 */
export class SmsHttpService extends HttpService implements OnModuleDestroy {
  readonly #agents: ReadonlyArray<HttpAgent>;

  constructor(timeout: number) {
    const httpAgent = new HttpAgent({ keepAlive: true });
    const httpsAgent = new HttpsAgent({ keepAlive: true });
    super(
      axios.create({
        timeout,
        httpAgent,
        httpsAgent,
        headers: { Accept: 'application/json' },
        responseType: 'text',
        transformResponse: (body: string) => body,
        validateStatus: () => true,
        maxRedirects: 0,
        proxy: environmentNamesProxy() ? undefined : false,
        maxContentLength: MAX_REPLY_BYTES,
        transitional: { clarifyTimeoutError: true },
      }),
    );
    this.#agents = [httpAgent, httpsAgent];
  }

  onModuleDestroy(): void {
    for (const agent of this.#agents) agent.destroy();
  }
}
