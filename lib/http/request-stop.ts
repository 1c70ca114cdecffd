import type { GenericAbortSignal } from 'axios';

/**
 * What abandons one try: its deadline, or its caller's signal. Axios takes it as its `signal`, being what axios
 * reads of one (`GenericAbortSignal`: `aborted`, and the listener axios adds and removes); it costs a field where an
 * `AbortController` costs an `EventTarget` and its listeners, on every request.
 */
export class RequestStop implements GenericAbortSignal {
  /** Whether the try was abandoned. */
  aborted = false;
  /** Whether it was abandoned because its deadline passed. */
  expired = false;
  #listener?: (event: { type: 'abort' }) => void;

  addEventListener(_type: 'abort', listener: (event: { type: 'abort' }) => void): void {
    this.#listener = listener;
  }

  removeEventListener(): void {
    this.#listener = undefined;
  }

  /** The caller gave up on it. */
  abort(): void {
    this.#stop();
  }

  /** Its deadline passed. */
  expire(): void {
    this.expired = !this.aborted;
    this.#stop();
  }

  #stop(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.#listener?.({ type: 'abort' });
  }
}
