/**
 * The TypeScript sources type-check under `strict` (the .astro files are
 * checked by Astro's own compiler during the build). `astro sync` first
 * writes the types of `astro:content` and the other virtual modules, so this
 * needs no site build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

it('has no TypeScript errors', { timeout: 180_000 }, () => {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const sync = spawnSync(process.execPath, [astro, 'sync'], {
    encoding: 'utf8',
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(sync.status, sync.stdout + sync.stderr).toBe(0);
  const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', projectRoot], {
    encoding: 'utf8',
    cwd: projectRoot,
  });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
});
