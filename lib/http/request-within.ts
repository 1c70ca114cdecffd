import { followAbort } from './follow-abort.js';
import { transportException } from './transport-exception.js';

/** The reason a request's own controller is aborted with when its deadline passes. */
const DEADLINE = Symbol('deadline');

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
  request: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const unfollow = signal === undefined ? undefined : followAbort(signal, controller);
  const deadline = setTimeout(() => controller.abort(DEADLINE), timeout);
  try {
    return await request(controller.signal);
  } catch (error) {
    throw transportException(error, {
      timeout,
      aborted: signal?.aborted === true,
      timedOut: controller.signal.reason === DEADLINE,
    });
  } finally {
    clearTimeout(deadline);
    unfollow?.();
  }
}
