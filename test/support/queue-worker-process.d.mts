import type { SmsModuleOptions } from '../../lib/index.js';
import type { SmsQueueModuleOptions } from '../../lib/bullmq/index.js';

/** How a worker process is set up: the provider it sends to, and `SmsQueueModule`'s options. */
export interface QueueWorkerConfig {
  apiKey: string;
  baseUrl: string;
  /** The default sender of its `SmsModule`; `10004346` when left out. */
  sender?: string;
  /** More of its `SmsModule`'s options, such as `retry` and `timeout`. */
  sms?: Partial<Pick<SmsModuleOptions, 'retry' | 'timeout'>>;
  /** The levels its Nest logger prints; `['error', 'warn']` when left out. */
  logLevels?: string[];
  queue: SmsQueueModuleOptions & { connection: string; prefix: string };
}

/** A queue worker process (`queue-worker.mjs`, on the built package): started once ready, stopped or killed. */
export declare class QueueWorkerProcess {
  /** Starts a worker process; resolves once its application has started. */
  static start(
    config: QueueWorkerConfig,
    options?: { onOutput?: (text: string) => void },
  ): Promise<QueueWorkerProcess>;
  /** Its process id. */
  get pid(): number;
  /** Everything it printed. */
  get output(): string;
  /** Kills it at once (`SIGKILL`: no clean-up, as a crash), and waits until it is gone. */
  kill(): Promise<void>;
  /** Closes its application (`SIGTERM`), and waits until it has exited; kills it after 10 s. */
  stop(): Promise<void>;
}
