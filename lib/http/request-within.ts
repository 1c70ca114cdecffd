import type { GenericAbortSignal } from 'axios';
import { followAbort } from './follow-abort.js';
import { RequestStop } from './request-stop.js';
import { transportException } from './transport-exception.js';

/**
 * Runs one request to the provider within `timeout` milliseconds for the whole of it (connecting, sending, the
 * reply's headers and its whole body), abandoned when `signal` fires. A request that gets no reply in time, or none
 * at all, rejects with the `SmsException` that says why (see `transportException`).
 *
 * @param request makes the request, abandoning it when the signal it is given fires.
 */
export async function requestWithin<T>(
  timeout: number,
  signal: AbortSignal | undefined,
  request: (stop: GenericAbortSignal) => Promise<T>,
): Promise<T> {
  const stop = new RequestStop();
  const unfollow = signal === undefined ? undefined : followAbort(signal, stop);
  const deadline = setTimeout(() => stop.expire(), timeout);
  try {
    return await request(stop);
  } catch (error) {
    throw transportException(error, { timeout, aborted: signal?.aborted === true, timedOut: stop.expired });
  } finally {
    clearTimeout(deadline);
    unfollow?.();
  }
}
