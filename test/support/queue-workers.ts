import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SmsRetryOptions } from '../../lib/index.js';
import type { SmsQueueModuleOptions } from '../../lib/bullmq/index.js';

const FIXTURE = fileURLToPath(new URL('./queue-worker.mjs', import.meta.url));
const READY_MS = 20_000;

/** How a worker process is set up: the provider it sends to, and `SmsQueueModule`'s options. */
export interface QueueWorkerConfig {
  apiKey: string;
  baseUrl: string;
  /** `SmsModule`'s `retry`; the default when left out. */
  smsRetry?: SmsRetryOptions;
  queue: SmsQueueModuleOptions & { connection: string; prefix: string };
}

/**
 * A queue worker process (`queue-worker.mjs`, on the built package): started, and resolved once it is ready; stopped
 * gracefully or killed.
 */
export class QueueWorkerProcess {
  readonly #child: ChildProcess;
  readonly #exited: Promise<void>;
  #output = '';

  private constructor(child: ChildProcess) {
    this.#child = child;
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.stdout?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()));
  }

  /** Starts a worker process; resolves once its application has started. */
  static async start(config: QueueWorkerConfig): Promise<QueueWorkerProcess> {
    // NODE_OPTIONS holds Jest's --experimental-vm-modules, which the worker does not need.
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [FIXTURE, JSON.stringify(config)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new QueueWorkerProcess(child);
    await worker.#ready();
    return worker;
  }

  /** Everything it printed. */
  get output(): string {
    return this.#output;
  }

  /** Kills it at once (`SIGKILL`: no clean-up, as a crash), and waits until it is gone. */
  async kill(): Promise<void> {
    this.#child.kill('SIGKILL');
    await this.#exited;
  }

  /** Closes its application (`SIGTERM`), and waits until it has exited; kills it after 10 s. */
  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    this.#child.kill('SIGTERM');
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), 10_000);
    await this.#exited;
    clearTimeout(timer);
  }

  async #ready(): Promise<void> {
    const deadline = Date.now() + READY_MS;
    while (!/^ready$/m.test(this.#output)) {
      if (this.#child.exitCode !== null || Date.now() > deadline) {
        this.#child.kill('SIGKILL');
        throw new Error(`the queue worker did not start:\n${this.#output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
