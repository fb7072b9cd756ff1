/**
 * The code keeps the project's style: the linter's rule set (.oxlintrc.json)
 * finds no error, and every file Prettier formats (prettier.config.js, less
 * what .gitignore and .prettierignore leave out) is formatted.
 * `npm run lint` shows the same problems; `npm run format` formats.
 *
 * Prettier runs in this process through its API. A file found formatted is
 * remembered in tmp/ by a digest of its path, text and options and of
 * Prettier's version, so a run with few changed files checks only those.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as prettier from 'prettier';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const CACHE_FILE = path.join(projectRoot, 'tmp', 'code-style', 'prettier-formatted.json');

interface OxlintReport {
  diagnostics: Array<{
    message: string;
    code: string;
    severity: string;
    filename: string;
    labels: Array<{ span: { line: number; column: number } }>;
  }>;
}

it('has no lint errors', () => {
  const oxlint = path.join(projectRoot, 'node_modules', 'oxlint', 'bin', 'oxlint');
  const run = spawnSync(process.execPath, [oxlint, '--format=json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error).toBeUndefined();
  let report: OxlintReport;
  try {
    report = JSON.parse(run.stdout) as OxlintReport;
  } catch {
    throw new Error(`oxlint printed no report (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
  const problems = report.diagnostics.map((d) => {
    const at = d.labels[0]?.span;
    return `${d.filename}:${at ? `${at.line}:${at.column}` : '?'} ${d.code} ${d.severity}: ${d.message}`;
  });
  // One line per problem, all of them (an array in the failure message would be cut short).
  expect(problems.join('\n'), 'lint errors (npm run lint)').toBe('');
  expect(run.status, run.stderr).toBe(0);
});

it('has every file formatted by Prettier', { timeout: 180_000 }, async () => {
  const files = await formattableFiles();
  // A check that finds no files would pass whatever the code looks like.
  expect(files.filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(100);
  expect(files.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(10);
  const seen = readCache();
  const formatted = new Set<string>();
  const unformatted: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(projectRoot, file), 'utf8');
    const options = {
      ...(await prettier.resolveConfig(path.join(projectRoot, file))),
      filepath: path.join(projectRoot, file),
    };
    const digest = createHash('sha256')
      .update(JSON.stringify(options))
      .update('\0')
      .update(file)
      .update('\0')
      .update(text)
      .digest('hex');
    if (seen.has(digest) || (await prettier.check(text, options))) formatted.add(digest);
    else unformatted.push(file);
  }
  writeCache(formatted);
  expect(unformatted.join('\n'), 'not formatted (npm run format formats them)').toBe('');
});

/** Files git knows or would add, that exist, that Prettier has a parser for and no ignore file leaves out. */
async function formattableFiles(): Promise<string[]> {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr || listed.error?.message}`);
  const out: string[] = [];
  for (const file of listed.stdout.split('\0')) {
    if (!file || !fs.existsSync(path.join(projectRoot, file))) continue;
    const info = await prettier.getFileInfo(path.join(projectRoot, file), {
      ignorePath: [path.join(projectRoot, '.gitignore'), path.join(projectRoot, '.prettierignore')],
      plugins: ['prettier-plugin-astro'],
    });
    if (!info.ignored && info.inferredParser) out.push(file);
  }
  return out;
}

/** The cache belongs to one Prettier and one Astro plugin version; any other version starts afresh. */
function cacheVersion(): string {
  const require = createRequire(import.meta.url);
  const plugin = require('prettier-plugin-astro/package.json') as { version: string };
  return `prettier ${prettier.version}, prettier-plugin-astro ${plugin.version}`;
}

function readCache(): Set<string> {
  try {
    const cache = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as { version: string; formatted: string[] };
    return cache.version === cacheVersion() ? new Set(cache.formatted) : new Set();
  } catch {
    return new Set();
  }
}

function writeCache(formatted: Set<string>): void {
  fs.mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
  const partial = `${CACHE_FILE}.${process.pid}`;
  fs.writeFileSync(partial, JSON.stringify({ version: cacheVersion(), formatted: [...formatted] }));
  fs.renameSync(partial, CACHE_FILE);
}
