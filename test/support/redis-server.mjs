// A Redis server of a test run's (or the benchmark's, or the queue demo's) own: `redis-server` on a Unix socket in a
// temporary folder, nothing saved, stopped by `stop()`. Plain JavaScript, so that Jest's global set-up, bench/ and
// scripts/ can all use it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How to get `redis-server`, for the line that says why queue tests or figures were skipped. */
export const INSTALL_HINT = 'install it with `apt-get install -y redis-server`, or set REDIS_URL';

/** Whether `redis-server` can be run here. */
export function hasRedisServer() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Starts `redis-server` on a Unix socket; resolves once it accepts connections, to `{ connection, stop }`, where
 * `connection` is the socket's path (what `SmsQueueModule`'s `connection` option and ioredis take).
 */
export async function startRedisServer() {
  const dir = mkdtempSync(join(tmpdir(), 'nestjs-sms-redis-'));
  const socket = join(dir, 'redis.sock');
  const server = spawn(
    'redis-server',
    ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(socket))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      server.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`redis-server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return {
    connection: socket,
    pid: server.pid,
    async stop() {
      if (server.exitCode === null) server.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function accepts(socket) {
  return new Promise((resolve) => {
    const probe = createConnection(socket);
    probe.once('connect', () => {
      probe.end();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}
