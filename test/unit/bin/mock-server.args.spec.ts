import { describe, expect, it } from '@jest/globals';
import { parseMockServerArgs } from '../../../lib/bin/mock-server.args.js';

describe('parseMockServerArgs', () => {
  it('listens on port 4010 with the provider defaults when given nothing', () => {
    expect(parseMockServerArgs([])).toEqual({ help: false, options: { port: 4010 } });
  });

  it('reads every option, repeated ones as lists', () => {
    expect(
      parseMockServerArgs([
        '--port=0',
        '--key',
        'k1',
        '--key',
        'k2',
        '--credit',
        '50',
        '--sender',
        '3000',
        '--time-zone',
        'UTC',
      ]),
    ).toEqual({
      help: false,
      options: { port: 0, apiKey: ['k1', 'k2'], credit: 50, senders: ['3000'], timeZone: 'UTC' },
    });
  });

  it('asks for the usage with --help', () => {
    expect(parseMockServerArgs(['--help'])).toEqual({ help: true });
  });

  it.each([['--port=65536'], ['--port=1.5'], ['--credit=lots'], ['--what']])('refuses %s', (arg) => {
    expect(() => parseMockServerArgs([arg])).toThrow();
  });
});
