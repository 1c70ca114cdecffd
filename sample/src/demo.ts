/**
 * `npm run demo`: starts the sample on a free port against its embedded MockSmsProvider, makes real HTTP calls to
 * it, prints each request and reply, and exits 0 when every reply is the one expected.
 */
import { createApp } from './app.factory.js';

interface Exchange {
  title: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  expectedStatus: number;
}

const tenReceptors = Array.from({ length: 10 }, (_, i) => `0935 000 00${String(i).padStart(2, '0')}`);

const exchanges: Exchange[] = [
  { title: 'The health check, with the provider up', method: 'GET', path: '/health', expectedStatus: 200 },
  {
    title: 'A valid send: numbers in mixed forms are normalised and deduplicated',
    method: 'POST',
    path: '/sms/send-array',
    body: { message: 'سلام! Your code is 4321', receptors: '0912 123 4567, +989121234567, ۰۹۳۵۱۱۱۲۲۳۳' },
    expectedStatus: 201,
  },
  {
    title: 'An invalid receptor: rejected before anything is sent',
    method: 'POST',
    path: '/sms/send-array',
    body: { message: 'Hello', receptors: ['09121234567', '12345'] },
    expectedStatus: 400,
  },
  {
    title: 'An exhausted credit: the provider answers 418, the module 402',
    method: 'POST',
    path: '/sms/send-array',
    body: { message: 'Hello, everyone', receptors: tenReceptors },
    expectedStatus: 402,
  },
  {
    title: 'The health check again: down until a send succeeds',
    method: 'GET',
    path: '/health',
    expectedStatus: 503,
  },
];

delete process.env.SMS_BASE_URL;
process.env.SMS_MOCK_CREDIT = '5';

const app = await createApp({ logger: ['error', 'warn', 'log'] });
await app.listen(0, '127.0.0.1');
const url = await app.getUrl();
console.log(
  `\nnestjs-sms demo: the sample app at ${url}, its provider an embedded MockSmsProvider (credit 5)\n`,
);

let failures = 0;
for (const [index, exchange] of exchanges.entries()) {
  const response = await fetch(`${url}${exchange.path}`, {
    method: exchange.method,
    headers: exchange.body === undefined ? {} : { 'content-type': 'application/json' },
    body: exchange.body === undefined ? undefined : JSON.stringify(exchange.body),
  });
  const reply: unknown = JSON.parse(await response.text());
  const expected = response.status === exchange.expectedStatus;
  if (!expected) failures += 1;

  console.log(`${index + 1}. ${exchange.title}`);
  console.log(`   ${exchange.method} ${exchange.path}`);
  if (exchange.body !== undefined) console.log(indent(exchange.body));
  console.log(`   → ${response.status}${expected ? '' : ` (expected ${exchange.expectedStatus})`}`);
  console.log(`${indent(reply)}\n`);
}

await app.close();
console.log(
  failures === 0 ? 'Every reply was the one expected.' : `${failures} replies were not the ones expected.`,
);
process.exitCode = failures === 0 ? 0 : 1;

function indent(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/^/gm, '     ');
}
