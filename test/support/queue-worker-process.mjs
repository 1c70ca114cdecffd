// A queue worker process (queue-worker.mjs, on the built package), started and stopped from the queue tests, the
// benchmark and `npm run demo:queue`. Plain JavaScript, so that all three can use it; queue-worker-process.d.mts
// gives its types to the tests.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(new URL('./queue-worker.mjs', import.meta.url));
const READY_MS = 20_000;

export class QueueWorkerProcess {
  #child;
  #exited;
  #output = '';

  constructor(child, onOutput) {
    this.#child = child;
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const take = (chunk) => {
      const text = chunk.toString();
      this.#output += text;
      onOutput?.(text);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
  }

  /** Starts a worker process set up by `config`; resolves once its application has started. */
  static async start(config, { onOutput } = {}) {
    // NODE_OPTIONS may hold Jest's --experimental-vm-modules, which the worker does not need.
    const env = { ...process.env, NO_COLOR: '1' };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [FIXTURE, JSON.stringify(config)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new QueueWorkerProcess(child, onOutput);
    await worker.#ready();
    return worker;
  }

  /** Its process id. */
  get pid() {
    return this.#child.pid;
  }

  /** Everything it printed. */
  get output() {
    return this.#output;
  }

  /** Kills it at once (SIGKILL: no clean-up, as a crash), and waits until it is gone. */
  async kill() {
    this.#child.kill('SIGKILL');
    await this.#exited;
  }

  /** Closes its application (SIGTERM), and waits until it has exited; kills it after 10 s. */
  async stop() {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    this.#child.kill('SIGTERM');
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), 10_000);
    await this.#exited;
    clearTimeout(timer);
  }

  async #ready() {
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
