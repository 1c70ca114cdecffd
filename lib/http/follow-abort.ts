/** What can be aborted: an `AbortController`, or a `RequestStop`. */
export interface Abortable {
  abort(reason?: unknown): void;
}

/** What follows each signal, behind the signal's one listener. */
const followers = new WeakMap<AbortSignal, Set<Abortable>>();

/**
 * Aborts `controller` when `signal` aborts. However many follow one signal at once, the signal holds a single
 * listener, so that a signal shared by many requests (a campaign's, or one the application passes to every send)
 * never collects a listener a request.
 *
 * @returns a function that makes `controller` stop following `signal`.
 */
export function followAbort(signal: AbortSignal, controller: Abortable): () => void {
  if (signal.aborted) {
    controller.abort(signal.reason);
    return () => undefined;
  }
  let following = followers.get(signal);
  if (following === undefined) {
    const created = new Set<Abortable>();
    signal.addEventListener(
      'abort',
      () => {
        for (const follower of created) follower.abort(signal.reason);
        created.clear();
      },
      { once: true },
    );
    followers.set(signal, created);
    following = created;
  }
  const set = following;
  set.add(controller);
  return () => set.delete(controller);
}
