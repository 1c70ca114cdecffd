import assert from 'node:assert/strict';

export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

/** One HTTP exchange with the running application, over real HTTP. */
export async function call(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<Reply> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    assert.fail(`${method} ${path} answered ${response.status} with a body that is not JSON: ${text}`);
  }
  assert.ok(
    parsed !== null && typeof parsed === 'object',
    `${method} ${path}: the body is not an object: ${text}`,
  );
  return { status: response.status, body: parsed as Record<string, unknown> };
}

/** Runs the checks in order, printing one line for each; resolves to the number that failed. */
export async function runChecks(
  checks: ReadonlyArray<[string, () => Promise<void> | void]>,
): Promise<number> {
  let failed = 0;
  for (const [title, check] of checks) {
    try {
      await check();
      console.log(`ok - ${title}`);
    } catch (error) {
      failed += 1;
      console.log(`not ok - ${title}`);
      console.log(
        String(error instanceof Error ? (error.stack ?? error.message) : error).replace(/^/gm, '    '),
      );
    }
  }
  return failed;
}
