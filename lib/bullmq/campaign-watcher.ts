import { Inject, Injectable } from '@nestjs/common';
import { SmsCampaignNotFoundException } from './exceptions/index.js';
import type { SmsCampaignStatus } from './interfaces/index.js';
import type { CampaignLedger } from './ledger/campaign-ledger.js';
import { campaignStatus } from './ledger/campaign-status.js';
import { CAMPAIGN_LEDGER } from './sms-queue.constants.js';
import { SmsQueueConnection } from './sms-queue.connection.js';

/**
 * How long a watcher waits for news before reading the campaign anyway, in milliseconds: pub/sub loses what is
 * published while a connection is down.
 */
const POLL_MS = 1_000;

/**
 * The least time between two reads of a campaign, in milliseconds: a campaign settles thousands of batches a second,
 * and its watchers need not read it as often. The news that it finished is read at once.
 */
const MIN_READ_INTERVAL_MS = 100;

/**
 * Follows campaigns through the ledger's pub/sub channel: every script that changes a campaign's counts publishes
 * on it, from whichever process ran it. One subscriber connection serves every watch of the process.
 */
@Injectable()
export class CampaignWatcher {
  readonly #connection: SmsQueueConnection;
  readonly #ledger: CampaignLedger;
  readonly #listeners = new Map<string, Set<(message: string) => void>>();
  #listening = false;

  constructor(connection: SmsQueueConnection, @Inject(CAMPAIGN_LEDGER) ledger: CampaignLedger) {
    this.#connection = connection;
    this.#ledger = ledger;
  }

  /** Campaign `id`'s status, then each new one as batches settle, until it has finished. */
  async *watch(id: string): AsyncGenerator<SmsCampaignStatus> {
    const channel = this.#ledger.keys(id).events;
    let news = false;
    let finished = false;
    let nap: Nap | undefined;
    const listener = (message: string): void => {
      news = true;
      finished ||= message === 'finished';
      nap?.wakeIf();
    };
    await this.#subscribe(channel, listener);
    try {
      let version: string | undefined;
      for (;;) {
        news = false;
        const read = Date.now();
        const hash = await this.#ledger.read(id);
        if (hash === undefined) throw new SmsCampaignNotFoundException(id);
        const status = campaignStatus(id, hash);
        if (hash.version !== version) {
          version = hash.version;
          yield status;
        }
        if (status.finishedAt !== undefined) return;
        // Wait for news, then until the read interval is over; the news that the campaign finished ends both.
        await (nap = new Nap(POLL_MS, () => news)).over;
        await (nap = new Nap(read + MIN_READ_INTERVAL_MS - Date.now(), () => finished)).over;
      }
    } finally {
      await this.#unsubscribe(channel, listener);
    }
  }

  async #subscribe(channel: string, listener: (message: string) => void): Promise<void> {
    const subscriber = this.#connection.subscriber();
    if (!this.#listening) {
      this.#listening = true;
      subscriber.on('message', (from: string, message: string) =>
        this.#listeners.get(from)?.forEach((notify) => notify(message)),
      );
    }
    let listeners = this.#listeners.get(channel);
    if (listeners === undefined) {
      listeners = new Set();
      this.#listeners.set(channel, listeners);
      await subscriber.subscribe(channel);
    }
    listeners.add(listener);
  }

  async #unsubscribe(channel: string, listener: (message: string) => void): Promise<void> {
    const listeners = this.#listeners.get(channel);
    listeners?.delete(listener);
    if (listeners?.size === 0) {
      this.#listeners.delete(channel);
      await this.#connection.subscriber().unsubscribe(channel);
    }
  }
}

/** A wait of `ms` that ends early once `until` holds: at once if it holds already, or when `wakeIf` finds it so. */
class Nap {
  readonly over: Promise<void>;
  readonly #until: () => boolean;
  #end?: () => void;

  constructor(ms: number, until: () => boolean) {
    this.#until = until;
    this.over =
      ms <= 0 || until()
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, ms);
            this.#end = () => {
              clearTimeout(timer);
              resolve();
            };
          });
  }

  /** Ends the wait if `until` now holds. */
  wakeIf(): void {
    if (this.#until()) this.#end?.();
  }
}
