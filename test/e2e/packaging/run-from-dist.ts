import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** What `fixtures/send-from-dist.mjs` saw, run on the built package with the packages `without` unresolvable. */
export async function runFromDist(without: string[]): Promise<unknown> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', fixture('without.register.mjs'), fixture('send-from-dist.mjs')],
    { env: { ...process.env, NODE_OPTIONS: '', WITHOUT: without.join(',') } },
  );
  return JSON.parse(stdout);
}
