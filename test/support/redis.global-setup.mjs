// Jest's global set-up: a Redis for the queue tests (test/integration/bullmq), started once for the run, its
// address passed to the test workers as SMS_TEST_REDIS. REDIS_URL, when set, is used instead. Without either, the
// queue tests are skipped with one line saying so; under CI=true a missing Redis fails the run.
import { hasRedisServer, INSTALL_HINT, startRedisServer } from './redis-server.mjs';

export default async function startTestRedis() {
  if (process.env.REDIS_URL) {
    process.env.SMS_TEST_REDIS = process.env.REDIS_URL;
    return;
  }
  if (!hasRedisServer()) {
    const missing = `redis-server is not installed (${INSTALL_HINT})`;
    if (process.env.CI === 'true') throw new Error(`CI=true, and the queue tests need Redis: ${missing}`);
    console.log(`\nqueue tests skipped: ${missing}\n`);
    return;
  }
  const server = await startRedisServer();
  process.env.SMS_TEST_REDIS = server.connection;
  globalThis.smsTestRedis = server;
}
