import { describe, expect, it } from '@jest/globals';
import { environmentNamesProxy } from '../../../lib/http/environment-proxy.js';

describe('environmentNamesProxy', () => {
  it.each<[NodeJS.ProcessEnv, boolean]>([
    [{}, false],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, true],
    [{ http_proxy: 'proxy:3128' }, true],
    [{ ALL_PROXY: 'socks5://proxy' }, true],
    [{ NO_PROXY: '*' }, false],
    [{ HTTP_PROXY: '' }, false],
  ])('%p → %p', (env, expected) => {
    expect(environmentNamesProxy(env)).toBe(expected);
  });
});
