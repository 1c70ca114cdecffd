import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CampaignKeys } from './campaign-keys.js';
import type { LedgerScript } from './scripts/ledger-lua.js';

type Argument = string | number;

/**
 * Runs ledger scripts on one campaign's keys: `EVALSHA`, and `EVAL` once when Redis does not hold the script yet
 * (after a restart or a `SCRIPT FLUSH`), which loads it for the next time.
 */
export class LedgerScriptRunner {
  readonly #redis: Redis;
  readonly #shas = new Map<LedgerScript, string>();

  constructor(redis: Redis) {
    this.#redis = redis;
  }

  async run(script: LedgerScript, keys: CampaignKeys, args: readonly Argument[]): Promise<unknown> {
    const keyList = [keys.meta, keys.receptors, keys.records, keys.parked, keys.events];
    try {
      return await this.#redis.evalsha(this.#sha(script), keyList.length, ...keyList, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return this.#redis.eval(script.lua, keyList.length, ...keyList, ...args);
    }
  }

  /** Loads `scripts` into Redis ahead of their first run. */
  async load(scripts: readonly LedgerScript[]): Promise<void> {
    await Promise.all(scripts.map((script) => this.#redis.script('LOAD', script.lua)));
  }

  #sha(script: LedgerScript): string {
    let sha = this.#shas.get(script);
    if (sha === undefined) {
      sha = createHash('sha1').update(script.lua).digest('hex');
      this.#shas.set(script, sha);
    }
    return sha;
  }
}
