import type { IncomingHttpHeaders } from 'node:http';
import type { SendArrayRequestBody } from '../../interfaces/index.js';

/** How a `MockSmsProvider` is set up. Every option has a default. */
export interface MockSmsProviderOptions {
  /** The API key it accepts in the request path, or several. Default `'test-api-key'`. */
  apiKey?: string | readonly string[];
  /** How many receptors it can still send to. Default `Infinity`. */
  credit?: number;
  /** The sender lines it accepts. Default: any digits, optionally after a `+`. */
  senders?: string[];
  /** The IANA time zone in which it reads a send's `date`. Default `'Asia/Tehran'`. */
  timeZone?: string;
  /** The port it listens on. Default `0`, a free port. */
  port?: number;
  /** Called after each answer it gives (not after a dropped connection), to watch the traffic. */
  onAnswer?: (answer: MockSmsAnswer) => void;
}

/** A request a `MockSmsProvider` answered, and how. */
export interface MockSmsAnswer {
  /** The request as it received it. */
  request: MockSmsRequest;
  /** The HTTP status it answered with. */
  status: number;
  /** The send it accepted, when it accepted one. */
  accepted?: MockSmsMessage;
}

/**
 * How a `MockSmsProvider` misbehaves for one request, queued with `failNext`.
 *
 * `delayMs` alone only delays the normal answer; with `drop`, `status` or `body`, the fault happens after the
 * delay.
 */
export interface MockSmsFault {
  /** Waits this long before answering. */
  delayMs?: number;
  /** Destroys the connection without a reply. */
  drop?: boolean;
  /** Answers with this HTTP status instead of processing the request. */
  status?: number;
  /** The reply body that goes with `status` (`200` if `status` is left out): a string as is, anything else as JSON. */
  body?: unknown;
  /** Headers of that reply, such as `Retry-After`. */
  headers?: Record<string, string>;
  /**
   * Sends the status and headers at once, then the body one byte every `dripMs`: a provider that answers and then
   * stalls. The send is processed as usual unless `status` or `body` replace the answer.
   */
  dripMs?: number;
}

/** A request a `MockSmsProvider` received, whatever its route. */
export interface MockSmsRequest {
  /** The HTTP method. */
  method: string;
  /** The path as sent, with its query and its URL-encoded API key. */
  path: string;
  /** The request headers. */
  headers: IncomingHttpHeaders;
  /** The body as text. */
  body: string;
  /** The body parsed as JSON; absent when it is not JSON. */
  json?: unknown;
}

/** A send a `MockSmsProvider` accepted: the request body as it received it, and its answer. */
export interface MockSmsMessage extends SendArrayRequestBody {
  /** The `message_id` it answered with. */
  messageId: string;
  /** When it accepted the send. */
  time: Date;
}
