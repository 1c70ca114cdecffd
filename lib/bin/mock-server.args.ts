import { parseArgs } from 'node:util';
import type { MockSmsProviderOptions } from '../testing/interfaces/index.js';

/** The port the command listens on when it is given none. */
const DEFAULT_PORT = 4010;

/** What `nestjs-sms-mock --help` prints. */
export const MOCK_SERVER_USAGE = `Usage: nestjs-sms-mock [--port 4010] [--key KEY]... [--credit N] [--sender LINE]... [--time-zone ZONE]

Runs MockSmsProvider, a local stand-in for the SMS provider's sendArray API, until Ctrl+C.
Point SmsModule at the URL it prints, with one of its keys as apiKey.

  --port       the port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 for a free one)
  --key        an API key it accepts; repeat for several (default test-api-key)
  --credit     how many receptors it can send to (default: no limit)
  --sender     a sender line it accepts; repeat for several (default: any)
  --time-zone  the IANA zone of a send's date (default Asia/Tehran)
  --help       this text`;

/** What the command was asked: the provider's options and its port, or its usage. */
export type MockServerArgs =
  { help: true } | { help: false; options: MockSmsProviderOptions & { port: number } };

/** Reads the command line of `nestjs-sms-mock`; throws a `TypeError` that says what is wrong with it. */
export function parseMockServerArgs(argv: readonly string[]): MockServerArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      key: { type: 'string', multiple: true },
      credit: { type: 'string' },
      sender: { type: 'string', multiple: true },
      'time-zone': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help === true) return { help: true };
  const port = wholeNumber('--port', values.port ?? String(DEFAULT_PORT));
  if (port > 65_535) throw new TypeError('--port must be a port number, 0 to 65535');
  return {
    help: false,
    options: {
      port,
      ...(values.key === undefined ? {} : { apiKey: values.key }),
      ...(values.credit === undefined ? {} : { credit: wholeNumber('--credit', values.credit) }),
      ...(values.sender === undefined ? {} : { senders: values.sender }),
      ...(values['time-zone'] === undefined ? {} : { timeZone: values['time-zone'] }),
    },
  };
}

function wholeNumber(flag: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new TypeError(`${flag} must be a whole number, not "${text}"`);
  return Number(text);
}
