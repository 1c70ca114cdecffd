import { isAxiosError } from 'axios';
import {
  SmsAbortedException,
  type SmsException,
  SmsProviderException,
  SmsTimeoutException,
  SmsUnavailableException,
} from '../exceptions/index.js';

/** Network codes that mean the request never reached the provider. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Codes a client gives a request that ran out of time. */
const TIMED_OUT = new Set(['ETIMEDOUT', 'ECONNABORTED']);

/** What a network code looks like; anything else is not shown. */
const NETWORK_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** How the failed request ended. */
export interface TransportContext {
  /** Its deadline, in milliseconds. */
  timeout: number;
  /** Whether its caller's signal fired. */
  aborted?: boolean;
  /** Whether its deadline passed. */
  timedOut?: boolean;
}

/**
 * The `SmsException` for a request that got no reply: aborted, timed out, refused, cut off.
 *
 * The error it is given (an axios error, whose config holds the URL and so the API key) is never kept: not as a
 * `cause`, not in the message. Only its network code is, when it looks like one.
 */
export function transportException(
  error: unknown,
  { timeout, aborted = false, timedOut = false }: TransportContext,
): SmsException {
  if (aborted) return new SmsAbortedException('The send was aborted by its caller while on its way', true);
  const code = networkCode(error);
  if (timedOut || (code !== undefined && TIMED_OUT.has(code))) {
    return new SmsTimeoutException(`The SMS provider did not answer within ${timeout} ms`);
  }
  if (code !== undefined && UNREACHABLE.has(code)) {
    return new SmsUnavailableException(`The SMS provider could not be reached (${code})`);
  }
  return new SmsProviderException(
    `The request to the SMS provider failed before a reply (${code ?? 'no code'})`,
    { maybeSent: true },
  );
}

/** The network code of an error, looking through axios's wrapping and Node's AggregateError. */
function networkCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const raw = (error as NodeJS.ErrnoException).code;
  const code = typeof raw === 'string' && NETWORK_CODE.test(raw) ? raw : undefined;
  if (code !== undefined && !(isAxiosError(error) && code === 'ERR_NETWORK')) return code;
  const inner: unknown = error.cause ?? (error instanceof AggregateError ? error.errors[0] : undefined);
  return networkCode(inner) ?? code;
}
