// `npm run check:imports` (part of `npm run lint`): the imports inside lib/ run one way. A file imports only files
// of its own layer or of a lower one, and no chain of imports comes back to where it started.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib');

/**
 * The layers, lowest first: the folders of lib/, where `.` is the top of lib/ (the module, its service, its wiring).
 * The injection tokens, which import nothing, sit at the bottom so that any layer may inject by them.
 */
const LAYERS = [
  ['exceptions', 'sms.constants.ts'],
  ['interfaces'],
  ['normalization', 'logging', 'security', 'segments'],
  ['receptors', 'provider', 'retry', 'account'],
  ['validation', 'options'],
  ['http', 'bulk'],
  ['health'],
  ['.', 'decorators', 'dto', 'pipes'],
  ['testing', 'bullmq'],
  ['bin'],
];
const layerOf = (file) => {
  const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : '.';
  const layer = LAYERS.findIndex((names) => names.includes(file) || names.includes(folder));
  if (layer === -1)
    throw new Error(`scripts/check-imports.mjs: ${file} is in no layer; add its folder to LAYERS`);
  return layer;
};

const files = readdirSync(root, { recursive: true })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.ts'));
const IMPORT = /^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms;
const graph = new Map(
  files.map((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)].map(([, target]) =>
      posix.normalize(posix.join(posix.dirname(file), target)).replace(/\.js$/, '.ts'),
    );
    return [file, targets];
  }),
);

const problems = [];
for (const [file, targets] of graph) {
  for (const target of targets) {
    if (!graph.has(target)) problems.push(`${file} imports ${target}, which is not a file of lib/`);
    else if (layerOf(target) > layerOf(file)) problems.push(`${file} imports upward: ${target}`);
  }
}

// Depth-first search for a cycle; each one is reported once, from the file where it was first entered.
const state = new Map();
const visit = (file, path) => {
  state.set(file, 'open');
  for (const target of graph.get(file) ?? []) {
    if (state.get(target) === 'open')
      problems.push(`import cycle: ${[...path.slice(path.indexOf(target)), target].join(' → ')}`);
    else if (!state.has(target)) visit(target, [...path, target]);
  }
  state.set(file, 'done');
};
for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);

if (problems.length > 0) {
  console.error(`lib/ imports that run the wrong way (${relative(process.cwd(), root)}):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`lib/: ${graph.size} files, imports one way, no cycle`);
