import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';

interface PackedFile {
  path: string;
}

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};

describe('the packed package', () => {
  it('holds dist/, the docs README.md links to, LICENSE, CHANGELOG.md and package.json alone, with no tests or source maps', async () => {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
    const [{ files }] = JSON.parse(stdout) as Array<{ files: PackedFile[] }>;
    const paths = files.map((file) => file.path);

    expect(paths.filter((path) => !path.startsWith('dist/') && !path.startsWith('docs/')).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ]);
    const pages = readdirSync(new URL('../../../docs', import.meta.url)).filter((page) =>
      page.endsWith('.md'),
    );
    expect(paths.filter((path) => path.startsWith('docs/')).sort()).toEqual(
      pages.map((page) => `docs/${page}`).sort(),
    );
    expect(
      paths.filter((path) => /\.(spec|test)\.|\.map$|\.ts$/.test(path) && !path.endsWith('.d.ts')),
    ).toEqual([]);
    for (const entry of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/testing/index.js',
      'dist/testing/index.d.ts',
      'dist/bullmq/index.js',
      'dist/bullmq/index.d.ts',
    ]) {
      expect(paths).toContain(entry);
    }
  });

  it('exports the root, ./testing and ./bullmq, each with types', () => {
    expect(manifest.exports).toEqual({
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './testing': { types: './dist/testing/index.d.ts', default: './dist/testing/index.js' },
      './bullmq': { types: './dist/bullmq/index.d.ts', default: './dist/bullmq/index.js' },
      './package.json': './package.json',
    });
  });

  it('keeps BullMQ, @nestjs/bullmq and ioredis optional peers, never dependencies', () => {
    const { dependencies, peerDependencies, peerDependenciesMeta } = manifest as unknown as {
      dependencies?: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    for (const name of ['bullmq', '@nestjs/bullmq', 'ioredis']) {
      expect(dependencies?.[name]).toBeUndefined();
      expect(peerDependencies[name]).toEqual(expect.any(String));
      expect(peerDependenciesMeta[name]).toEqual({ optional: true });
    }
  });
});
