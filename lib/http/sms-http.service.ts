import { HttpService } from '@nestjs/axios';
import axios from 'axios';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { environmentNamesProxy } from './environment-proxy.js';

/** The largest provider reply read, in bytes: its envelopes are a few hundred. */
const MAX_REPLY_BYTES = 1024 * 1024;

/**
 * The module's own `HttpService`: an axios instance of its own, never the application's global one, with
 * keep-alive agents that `close` ends.
 *
 * Replies are read as text whatever their status, so that the provider's envelope decides the outcome.
 * Redirects are not followed: a `POST` redirected elsewhere is a provider fault, not something to chase.
 * Proxies from `HTTP_PROXY` / `HTTPS_PROXY` / `ALL_PROXY` (and `NO_PROXY`) are honoured as axios honours them;
 * the environment is read for them when the module starts, not on every request. Deadlines are set per request
 * (`requestWithin`), not here: axios's own timeout does not cover a reply's body.
 */
export class SmsHttpService extends HttpService {
  readonly #agents: ReadonlyArray<HttpAgent>;

  constructor() {
    const httpAgent = new HttpAgent({ keepAlive: true });
    const httpsAgent = new HttpsAgent({ keepAlive: true });
    super(
      axios.create({
        httpAgent,
        httpsAgent,
        headers: { Accept: 'application/json' },
        responseType: 'text',
        transformResponse: (body: string) => body,
        validateStatus: () => true,
        maxRedirects: 0,
        proxy: environmentNamesProxy() ? undefined : false,
        maxContentLength: MAX_REPLY_BYTES,
      }),
    );
    this.#agents = [httpAgent, httpsAgent];
  }

  /** Closes every connection, those of requests still on their way included. */
  close(): void {
    for (const agent of this.#agents) agent.destroy();
  }
}
