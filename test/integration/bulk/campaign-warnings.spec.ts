import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const fixture = fileURLToPath(new URL('./fixtures/campaign-warnings.mjs', import.meta.url));

describe('a campaign at concurrency 16 with an AbortSignal, in a process of its own (the built package)', () => {
  it('emits no process warning (no MaxListenersExceededWarning), aborted or not', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [fixture]);
    const { warnings, sent, aborted, maxInFlight } = JSON.parse(stdout) as Record<string, unknown>;
    expect(sent).toMatchObject({ complete: true, accepted: 640 });
    expect(aborted).toMatchObject({ complete: false, stoppedBy: 'aborted' });
    expect(maxInFlight).toBe(16);
    expect(warnings).toEqual([]);
  }, 20_000);
});
