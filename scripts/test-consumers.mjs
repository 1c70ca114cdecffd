#!/usr/bin/env node
/**
 * Consumer tests: installs the packed package into each application in consumers/ and runs its `npm test`.
 *
 *   npm run build && node scripts/test-consumers.mjs [name ...] [--keep]
 *
 * It builds nothing: `dist/` must be there. It packs the repository with `npm pack` into a temporary folder, then,
 * for each folder of consumers/ (in name order, or only those named), copies it to a fresh temporary folder outside
 * the repository (so that nothing resolves through the repository's own node_modules), adds the tarball to its
 * dependencies as `file:<tarball>`, puts the shared application (consumers/app-src) in its src/, runs `npm install`
 * and `npm test` there, and prints `consumer <name>:
 * passed|failed`. It ends with `N passed, N failed`, counting consumers, and exits non-zero when any failed.
 * A passing consumer's test output is shown indented; a failing one's install and test output in full.
 * `--keep` leaves the temporary folders in place (their path is printed).
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const consumersDir = join(root, 'consumers');
/** The application every consumer runs; each consumer folder holds only its package.json and tsconfig.json. */
const appSourceDir = join(consumersDir, 'app-src');
const INSTALL_TIMEOUT_MS = 10 * 60_000;
const TEST_TIMEOUT_MS = 5 * 60_000;

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const only = args.filter((arg) => !arg.startsWith('--'));

/**
 * The environment for the npm commands run here. What `npm run` exports for its own script (the package's name and
 * folder, `--silent`, the lifecycle) would otherwise leak into the consumer's npm. NODE_PATH could resolve packages
 * from outside the consumer.
 */
const childEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !/^npm_(package_|lifecycle_|command$|config_(loglevel|local_prefix|prefix)$)/i.test(name) &&
        !/^(INIT_CWD|NODE_PATH)$/.test(name),
    ),
  ),
  // Nest colours its log lines unless told not to; they are read here as plain text.
  NO_COLOR: '1',
};

/** Runs a command, capturing stdout and stderr together (`output`) and stdout alone. Never rejects. */
function run(command, commandArgs, cwd, timeoutMs) {
  return new Promise((resolveRun) => {
    const started = Date.now();
    let output = '';
    let stdout = '';
    let timedOut = false;
    const child = spawn(command, commandArgs, {
      cwd,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    const finish = (code, error) => {
      clearTimeout(timer);
      if (error) output += `\n${error.stack ?? error}`;
      if (timedOut) output += `\n[timed out after ${timeoutMs / 1000} s]`;
      resolveRun({ ok: code === 0 && !timedOut && !error, code, output, stdout, ms: Date.now() - started });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

const indent = (text, prefix = '    ') => text.replace(/^\s*\n|\s+$/g, '').replace(/^/gm, prefix);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function consumerNames() {
  const all = readdirSync(consumersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(consumersDir, entry.name, 'package.json')))
    .map((entry) => entry.name)
    .sort();
  const unknown = only.filter((name) => !all.includes(name));
  if (unknown.length > 0) {
    console.error(`no such consumer: ${unknown.join(', ')} (there are: ${all.join(', ')})`);
    process.exit(2);
  }
  return only.length > 0 ? all.filter((name) => only.includes(name)) : all;
}

async function pack(workDir) {
  const packDir = join(workDir, 'pack');
  mkdirSync(packDir);
  const result = await run(
    'npm',
    ['pack', '--json', '--pack-destination', packDir],
    root,
    INSTALL_TIMEOUT_MS,
  );
  if (!result.ok) throw new Error(`npm pack failed (exit ${result.code}):\n${indent(result.output)}`);
  // Lifecycle scripts may print to stdout before the JSON report, a top-level array.
  const start = result.stdout.startsWith('[') ? 0 : result.stdout.lastIndexOf('\n[') + 1;
  const [report] = JSON.parse(result.stdout.slice(start));
  const tarball = join(packDir, basename(report.filename));
  if (!existsSync(tarball))
    throw new Error(`npm pack reported ${report.filename}, which is not in ${packDir}`);
  return { tarball, name: report.name, version: report.version, files: report.entryCount };
}

/** What a consumer's install must hold: the packed package, extracted (not linked back to the repository). */
function checkInstalled(dir, packed) {
  const installed = join(dir, 'node_modules', packed.name);
  if (!existsSync(join(installed, 'package.json'))) return `${packed.name} is not in ${dir}/node_modules`;
  if (lstatSync(installed).isSymbolicLink()) return `${installed} is a symbolic link, not the packed package`;
  const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  if (version !== packed.version) return `installed ${packed.name}@${version}, packed ${packed.version}`;
  return undefined;
}

async function testConsumer(name, workDir, packed) {
  const dir = join(workDir, name);
  cpSync(join(consumersDir, name), dir, {
    recursive: true,
    filter: (source) =>
      !/[/\\](node_modules|dist|package-lock\.json)$/.test(source) && !source.endsWith('.tgz'),
  });
  cpSync(appSourceDir, join(dir, 'src'), { recursive: true });
  const manifestPath = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies = { ...manifest.dependencies, [packed.name]: `file:${packed.tarball}` };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

  const install = await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock'],
    dir,
    INSTALL_TIMEOUT_MS,
  );
  const misinstalled = install.ok ? checkInstalled(dir, packed) : undefined;
  const test = install.ok && !misinstalled ? await run('npm', ['test'], dir, TEST_TIMEOUT_MS) : undefined;
  return { name, dir, install, misinstalled, test, ok: install.ok && !misinstalled && test?.ok === true };
}

async function main() {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    console.error('dist/ is missing: run `npm run build` first');
    process.exit(2);
  }
  const names = consumerNames();
  if (names.length === 0) {
    console.error(`no consumers in ${consumersDir}`);
    process.exit(2);
  }

  const started = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'nestjs-sms-consumers-'));
  let passed = 0;
  let failed = 0;
  try {
    const packed = await pack(workDir);
    console.log(`packed ${packed.name}@${packed.version} (${packed.files} files): ${packed.tarball}`);

    for (const name of names) {
      console.log(`\n--- consumer ${name}`);
      const result = await testConsumer(name, workDir, packed);
      const { install, misinstalled, test } = result;
      console.log(
        `  npm install: ${install.ok ? 'ok' : `failed (exit ${install.code})`}, ${seconds(install.ms)}`,
      );
      if (misinstalled) console.log(`  ${misinstalled}`);
      if (test)
        console.log(`  npm test: ${test.ok ? 'ok' : `failed (exit ${test.code})`}, ${seconds(test.ms)}`);
      if (result.ok) {
        passed += 1;
        console.log(indent(test.output, `  ${name} | `));
      } else {
        failed += 1;
        console.log(`  npm install output, in full:`);
        console.log(indent(install.output || '(none)', `  ${name} | `));
        if (test) {
          console.log(`  npm test output, in full:`);
          console.log(indent(test.output || '(none)', `  ${name} | `));
        }
      }
      console.log(`consumer ${name}: ${result.ok ? 'passed' : 'failed'}`);
    }
  } catch (error) {
    // Packing failed, or this script did: every consumer not yet passed counts as failed.
    failed = names.length - passed;
    console.log(String(error instanceof Error ? (error.stack ?? error.message) : error));
  } finally {
    if (keep) console.log(`\nkept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }

  console.log(`\nconsumers took ${seconds(Date.now() - started)}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
