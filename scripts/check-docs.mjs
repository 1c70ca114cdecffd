// `npm run check:docs`: every TypeScript example in README.md and docs/*.md is a complete file that compiles against
// the built package, as a user would write it. A block whose info string says `fragment` (```ts fragment) is left out;
// one that names its file (```ts file=otp.service.ts) can be imported by the page's other examples
// (`import { OtpService } from './otp.service.js'`).
// `node scripts/check-docs.mjs docs/queue.md` checks the pages it is given instead (after `npm run build`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the repository, so that `nestjs-sms` resolves to the package itself (its `exports`, so `dist/`) and the
// other packages to its node_modules.
const work = join(root, '.docs-check');
const FENCE = /^```(?:ts|typescript)([^\n]*)\n([\s\S]*?)^```$/gm;

const pages =
  process.argv.length > 2 ? process.argv.slice(2) : ['README.md', ...listDocs(join(root, 'docs'))];
rmSync(work, { recursive: true, force: true });
mkdirSync(work);

/** Where each example file came from: its page and the line its code starts on. */
const origins = new Map();
let skipped = 0;
for (const page of pages) {
  const text = readFileSync(join(root, page), 'utf8');
  for (const match of text.matchAll(FENCE)) {
    if (/\bfragment\b/.test(match[1])) {
      skipped += 1;
      continue;
    }
    const line = text.slice(0, match.index).split('\n').length + 1;
    const file = `${page.replace(/[/.]/g, '_')}/${/\bfile=(\S+\.ts)\b/.exec(match[1])?.[1] ?? `example-${line}.ts`}`;
    mkdirSync(dirname(join(work, file)), { recursive: true });
    // A file without an import or export would be a script, sharing its names with every other example.
    writeFileSync(join(work, file), `${match[2]}\nexport {};\n`);
    origins.set(file, { page, line });
  }
}
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    extends: '../tsconfig.json',
    compilerOptions: {
      noEmit: true,
      rootDir: '.',
      paths: {},
      noUnusedLocals: false,
      noUnusedParameters: false,
    },
    include: ['**/*.ts'],
  }),
);

const failed = origins.size > 0 && !compiles();
rmSync(work, { recursive: true, force: true });
const summary = `${origins.size} examples in ${pages.length} pages, ${skipped} marked as fragments`;
if (failed) {
  console.error(`check:docs: examples that do not compile against the built package (${summary})`);
  process.exit(1);
}
console.log(`check:docs: ${summary}; every example compiles against the built package`);

function listDocs(folder) {
  try {
    return readdirSync(folder, { recursive: true })
      .filter((file) => file.endsWith('.md'))
      .map((file) => relative(root, join(folder, file)).split('\\').join('/'));
  } catch {
    return [];
  }
}

/** Type-checks the examples; prints tsc's errors at their page and line, and returns whether there were none. */
function compiles() {
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', work], {
      encoding: 'utf8',
    });
    return true;
  } catch (error) {
    // tsc writes `file.ts(line,column): error ...`: point at the page and its line instead.
    for (const report of `${error.stdout}`.split('\n').filter(Boolean)) {
      const [, file, line, rest] = /^(?:\.docs-check[/\\])?([^(]+)\((\d+),\d+\)(.*)$/.exec(report) ?? [];
      const origin = origins.get(file?.split('\\').join('/') ?? '');
      console.error(
        origin === undefined ? report : `${origin.page}:${origin.line + Number(line) - 1}${rest}`,
      );
    }
    return false;
  }
}
