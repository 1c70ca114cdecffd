/** The controllers that follow each signal, behind the signal's one listener. */
const followers = new WeakMap<AbortSignal, Set<AbortController>>();

/**
 * Aborts `controller` when `signal` aborts. However many controllers follow one signal at once, the signal holds a
 * single listener, so that a signal shared by many requests (a campaign's, or one the application passes to every
 * send) never collects a listener a request.
 *
 * @returns a function that makes `controller` stop following `signal`.
 */
export function followAbort(signal: AbortSignal, controller: AbortController): () => void {
  if (signal.aborted) {
    controller.abort(signal.reason);
    return () => undefined;
  }
  let following = followers.get(signal);
  if (following === undefined) {
    const created = new Set<AbortController>();
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
