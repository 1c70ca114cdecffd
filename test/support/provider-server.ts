import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request the server received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the server answers one request. */
export interface ScriptedReply {
  status?: number;
  /** A string is sent as it is; anything else as JSON. */
  body?: unknown;
  /** Waits this long before answering. */
  delayMs?: number;
  /** Closes the connection instead of answering. */
  drop?: boolean;
}

/** The provider's success envelope, as the documentation shows it. */
export function dataEnvelope(overrides: Record<string, unknown> = {}): unknown {
  return {
    data: { message_id: randomUUID(), status: 100, statustext: 'تایید شد', time: 1646473372, ...overrides },
  };
}

/** The provider's error envelope. */
export function errorEnvelope(status: number, message: string): unknown {
  return { error: { status, message } };
}

/**
 * A real `node:http` server on 127.0.0.1 that plays the provider for the package's own tests: it records every
 * request and answers each with the next scripted reply, or the success envelope when none is left.
 */
export class ProviderServer {
  readonly requests: ReceivedRequest[] = [];
  private readonly scripted: ScriptedReply[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  private constructor() {
    this.server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        this.requests.push({
          method: request.method ?? '',
          path: request.url ?? '',
          headers: request.headers,
          body,
        });
        this.answer(response, this.scripted.shift() ?? { body: dataEnvelope() });
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Starts a server on a free port. */
  static async start(): Promise<ProviderServer> {
    const provider = new ProviderServer();
    await new Promise<void>((resolve) => provider.server.listen(0, '127.0.0.1', resolve));
    return provider;
  }

  /** The API root to configure `SmsModule` with. */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v1`;
  }

  /** The connections open now. */
  get openConnections(): number {
    return this.sockets.size;
  }

  /** Answers the next requests with these replies, in order. */
  script(...replies: ScriptedReply[]): void {
    this.scripted.push(...replies);
  }

  /** The JSON body of the `index`-th request received. */
  jsonBody(index = 0): unknown {
    return JSON.parse(this.requests[index].body);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(response: ServerResponse, reply: ScriptedReply): void {
    const send = () => {
      if (response.destroyed) return;
      if (reply.drop) {
        response.socket?.destroy();
        return;
      }
      const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? '');
      response.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(text);
    };
    if (reply.delayMs === undefined) send();
    else setTimeout(send, reply.delayMs).unref();
  }
}
