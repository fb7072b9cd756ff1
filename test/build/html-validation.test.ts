/**
 * The W3C Nu HTML Checker (the `vnu-jar` package, run on the machine's Java)
 * over every built HTML page of the sample site and its stylesheets: no
 * error and no warning. One JVM checks the whole folder, which is far faster
 * than starting Java once per page.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { htmlFiles } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';

// The package's entry point is the path of the jar it ships (as a String object).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

it('finds no HTML or CSS error or warning on any page of the sample site', () => {
  const pages = htmlFiles(sampleDist).length;
  expect(pages).toBeGreaterThan(100);
  const result = spawnSync(
    'java',
    ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--also-check-css', '--skip-non-html', sampleDist],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  expect(result.error).toBeUndefined();
  // vnu writes its report to stderr; the JSON is the whole of it.
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  const problems = messages
    .filter((m) => m.type !== 'info' || m.subType === 'warning')
    .map(
      (m) =>
        `${m.type}${m.subType ? `/${m.subType}` : ''} ${path.relative(sampleDist, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? '?'} ${m.message}`,
    );
  expect(problems).toEqual([]);
}, 600_000);
