import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockSmsProvider } from '../../../lib/testing/index.js';
import { createSmsHarness } from '../../support/sms-testing.js';

describe('a proxy named in HTTP_PROXY', () => {
  const proxied: string[] = [];
  let proxy: Server;
  let provider: MockSmsProvider;
  const saved = {
    HTTP_PROXY: process.env.HTTP_PROXY,
    NO_PROXY: process.env.NO_PROXY,
    no_proxy: process.env.no_proxy,
  };

  beforeAll(async () => {
    provider = new MockSmsProvider();
    await provider.start();
    proxy = createServer((incoming, outgoing) => {
      proxied.push(`${incoming.method} ${incoming.url}`);
      const forward = request(
        incoming.url ?? '',
        { method: incoming.method, headers: incoming.headers },
        (reply) => {
          outgoing.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(outgoing);
        },
      );
      incoming.pipe(forward);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    delete process.env.NO_PROXY;
    delete process.env.no_proxy;
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await provider.stop();
  });

  it('carries the sends, as axios would without the module', async () => {
    const harness = await createSmsHarness({ apiKey: provider.apiKey, baseUrl: provider.baseUrl });
    await harness.sms.sendArray({ message: 'Hello', receptors: ['09121234567'] });
    await harness.module.close();
    expect(proxied).toEqual([`POST ${provider.baseUrl}/${provider.apiKey}/sendArray`]);
    expect(provider.messages).toHaveLength(1);
  });
});
