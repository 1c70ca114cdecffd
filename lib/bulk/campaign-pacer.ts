import type { BulkSendRate } from '../interfaces/index.js';
import type { CallPacing } from '../validation/call-settings.js';

/**
 * When a campaign's requests may start: at most `rate.requests` starts in any window of `rate.perMs` (a sliding
 * window over start times, retries counted), none while the provider has asked the campaign to wait (a
 * `Retry-After`), and no new request once the campaign has stopped. Every wait ends at once when it stops.
 */
export class CampaignPacer implements CallPacing {
  readonly #rate?: BulkSendRate;
  /** Start times within the last window, oldest first: never more than `rate.requests`. */
  readonly #starts: number[] = [];
  readonly #sleepers = new Set<() => void>();
  #pausedUntil = 0;
  #halted = false;
  #aborted = false;

  constructor(rate?: BulkSendRate) {
    this.#rate = rate;
  }

  /** Waits until a request's first try may start, and counts it; `false` once the campaign has stopped. */
  start(): Promise<boolean> {
    return this.#turn(() => this.#halted);
  }

  /** Waits until a retry may start, and counts it. A retry of a request in flight waits on after a stop, unless aborted. */
  async beforeRetry(): Promise<void> {
    await this.#turn(() => this.#aborted);
  }

  /** Holds every request of the campaign for `delayMs` from now. */
  tryLater(delayMs: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, performance.now() + delayMs);
  }

  /** The campaign has stopped: no request starts any more; once aborted, no retry either. Ends every wait. */
  halt(aborted: boolean): void {
    this.#halted = true;
    this.#aborted ||= aborted;
    for (const wake of this.#sleepers) wake();
  }

  async #turn(givesUp: () => boolean): Promise<boolean> {
    for (;;) {
      if (givesUp()) return false;
      const now = performance.now();
      const wait = this.#wait(now);
      if (wait <= 0) {
        if (this.#rate !== undefined) this.#starts.push(now);
        return true;
      }
      await this.#sleep(wait);
    }
  }

  /** How long a request must wait from `now` before it may start; nothing when zero or less. */
  #wait(now: number): number {
    const wait = this.#pausedUntil - now;
    if (this.#rate === undefined) return wait;
    const { requests, perMs } = this.#rate;
    while (this.#starts.length > 0 && this.#starts[0] <= now - perMs) this.#starts.shift();
    return this.#starts.length < requests ? wait : Math.max(wait, this.#starts[0] + perMs - now);
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, Math.ceil(ms));
      this.#sleepers.add(wake);
    });
  }
}
