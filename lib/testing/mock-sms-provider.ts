import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { isTimeZone } from '../normalization/send-date.js';
import { DEFAULT_TIME_ZONE } from '../options/sms-options.defaults.js';
import type {
  MockSmsAnswer,
  MockSmsFault,
  MockSmsMessage,
  MockSmsProviderOptions,
  MockSmsRequest,
} from './interfaces/index.js';
import { type MockAnswer, answerRequest } from './mock-sms-provider.protocol.js';
import { repeat } from './repeat.js';

/**
 * A real HTTP server on 127.0.0.1 that plays the SMS provider's `sendArray` API for an application's tests. It
 * checks each send as the provider does (sender, receptors, their number, the date, the credit) and answers with
 * the provider's envelopes and Persian texts; it records every request and every accepted send, keeps a credit
 * balance, and fails on demand. `GET {baseUrl}` answers `{"status":"ok"}`, a target for health probes.
 *
 * @example
 * ```ts
 * const provider = new MockSmsProvider({ credit: 10 });
 * const module = await Test.createTestingModule({
 *   imports: [SmsModule.forRoot({ apiKey: provider.apiKey, baseUrl: await provider.start(), defaultSender: '3000' })],
 * }).compile();
 *
 * await module.get(SmsService).sendArray({ message: 'Hi', receptors: ['+98 912 123 4567'] });
 * expect(provider.messages[0].receptors).toEqual(['09121234567']);
 * expect(provider.credit).toBe(9);
 *
 * provider.failNext({ drop: true }); // the next request gets no reply
 *
 * await module.close();
 * await provider.stop();
 * ```
 */
export class MockSmsProvider {
  /** The API key it accepts in the request path: the first, when it accepts several. */
  readonly apiKey: string;
  /** Every API key it accepts. */
  readonly apiKeys: readonly string[];
  /** How many receptors it can still send to; each accepted send takes one per receptor. Set it at will. */
  credit: number;
  readonly #senders?: ReadonlySet<string>;
  readonly #timeZone: string;
  readonly #port: number;
  readonly #sockets = new Set<Socket>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #onAnswer?: (answer: MockSmsAnswer) => void;
  #server?: Server;
  #faults: MockSmsFault[] = [];
  #requests: MockSmsRequest[] = [];
  #messages: MockSmsMessage[] = [];
  #inFlight = 0;
  #maxInFlight = 0;

  /** @throws RangeError when `timeZone` is not an IANA time zone, or no API key is given. */
  constructor(options: MockSmsProviderOptions = {}) {
    const { apiKey = 'test-api-key', credit = Infinity, senders, timeZone = DEFAULT_TIME_ZONE } = options;
    if (!isTimeZone(timeZone))
      throw new RangeError(`MockSmsProvider: "${timeZone}" is not an IANA time zone`);
    this.apiKeys = typeof apiKey === 'string' ? [apiKey] : [...apiKey];
    if (this.apiKeys.length === 0) throw new RangeError('MockSmsProvider: give at least one API key');
    this.apiKey = this.apiKeys[0];
    this.#onAnswer = options.onAnswer;
    this.credit = credit;
    this.#senders = senders === undefined ? undefined : new Set(senders);
    this.#timeZone = timeZone;
    this.#port = options.port ?? 0;
  }

  /** Starts listening on 127.0.0.1 and resolves to `baseUrl`. */
  async start(): Promise<string> {
    if (this.#server !== undefined) throw new Error('MockSmsProvider is already started');
    const server = createServer((request, response) => this.#handle(request, response));
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    this.#server = server;
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(this.#port, '127.0.0.1', resolve);
      });
    } catch (error) {
      this.#server = undefined;
      throw error;
    }
    this.#maxInFlight = this.#inFlight;
    return this.baseUrl;
  }

  /**
   * Stops listening, destroying open connections (keep-alive ones included) and replies still delayed. Once it
   * resolves, a request to `baseUrl` is refused.
   */
  async stop(): Promise<void> {
    const server = this.#server;
    if (server === undefined) return;
    this.#server = undefined;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    const closed = [...this.#sockets].map(
      (socket) =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.destroy();
        }),
    );
    closed.push(new Promise<void>((resolve) => server.close(() => resolve())));
    await Promise.all(closed);
    // One more turn of the event loop lets clients in this process see their keep-alive connections closed, so
    // that a request sent right after `stop()` is refused (ECONNREFUSED) rather than reset on a dead connection.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** The API root to configure `SmsModule` with, `http://127.0.0.1:<port>/api/v1`. Throws before `start`. */
  get baseUrl(): string {
    const address = this.#server?.address();
    if (address == null || typeof address === 'string') {
      throw new Error('MockSmsProvider is not started: await start() first');
    }
    return `http://127.0.0.1:${address.port}/api/v1`;
  }

  /** Every request received since start or `reset`, in order, whatever its route. */
  get requests(): readonly MockSmsRequest[] {
    return [...this.#requests];
  }

  /** Every send accepted since start or `reset`, in order. */
  get messages(): readonly MockSmsMessage[] {
    return [...this.#messages];
  }

  /** The requests being handled now (received and not yet answered or dropped). */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** The most requests handled at once since start or `reset`. */
  get maxInFlight(): number {
    return this.#maxInFlight;
  }

  /** The TCP connections open now. */
  get openConnections(): number {
    return this.#sockets.size;
  }

  /**
   * Gives the next `times` requests, whatever their route, this fault, after the faults already queued.
   *
   * @example provider.failNext({ status: 503, body: 'Service Unavailable' }, 2).failNext({ delayMs: 500 });
   */
  failNext(fault: MockSmsFault, times = 1): this {
    this.#faults.push(...repeat(fault, times));
    return this;
  }

  /** Forgets the requests, the messages, the queued faults and `maxInFlight`. The credit stays as it is. */
  reset(): void {
    this.#requests = [];
    this.#messages = [];
    this.#faults = [];
    this.#maxInFlight = this.#inFlight;
  }

  #handle(request: IncomingMessage, response: ServerResponse): void {
    this.#inFlight += 1;
    this.#maxInFlight = Math.max(this.#maxInFlight, this.#inFlight);
    response.on('close', () => (this.#inFlight -= 1));
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const received = this.#record(request, body);
      const fault = this.#faults.shift() ?? {};
      this.#after(fault.delayMs, () => this.#reply(received, response, fault));
    });
  }

  #record(request: IncomingMessage, body: string): MockSmsRequest {
    const received: MockSmsRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body,
    };
    try {
      received.json = JSON.parse(body);
    } catch {
      // Not JSON: recorded without `json`.
    }
    this.#requests.push(received);
    return received;
  }

  #after(delayMs: number | undefined, action: () => void): void {
    if (delayMs === undefined || delayMs <= 0) return action();
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      action();
    }, delayMs);
    this.#timers.add(timer);
  }

  #reply(request: MockSmsRequest, response: ServerResponse, fault: MockSmsFault): void {
    if (response.destroyed) return;
    if (fault.drop) {
      response.destroy();
      return;
    }
    const { reply, accepted } =
      fault.status !== undefined || fault.body !== undefined
        ? { reply: { status: fault.status ?? 200, body: fault.body ?? '', headers: fault.headers } }
        : this.#answer(request);
    this.#onAnswer?.({ request, status: reply.status, ...(accepted === undefined ? {} : { accepted }) });
    response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    const body = Buffer.from(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    if (fault.dripMs === undefined) response.end(body);
    else this.#drip(response, body, fault.dripMs);
  }

  /** Processes a request as the provider would: a send it accepts takes its credit and is recorded. */
  #answer(request: MockSmsRequest): MockAnswer {
    const account = {
      apiKeys: this.apiKeys,
      credit: this.credit,
      senders: this.#senders,
      timeZone: this.#timeZone,
    };
    const answer = answerRequest(request, account);
    if (answer.accepted !== undefined) {
      this.credit -= answer.accepted.receptors.length;
      this.#messages.push(answer.accepted);
    }
    return answer;
  }

  /** Writes `body` one byte every `everyMs`, then ends the reply; stops if the client goes away. */
  #drip(response: ServerResponse, body: Buffer, everyMs: number): void {
    response.flushHeaders();
    let sent = 0;
    const next = () => {
      if (response.destroyed) return;
      if (sent === body.length) return void response.end();
      response.write(body.subarray(sent, sent + 1));
      sent += 1;
      this.#after(everyMs, next);
    };
    next();
  }
}
