// Jest's global tear-down: stops the Redis the global set-up started, if it started one.
export default async function stopTestRedis() {
  await globalThis.smsTestRedis?.stop();
}
