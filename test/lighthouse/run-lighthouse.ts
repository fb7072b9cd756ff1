/**
 * Lighthouse on the built sample site: the home page, a document page and
 * the search page with a query, served on 127.0.0.1, three runs each with
 * Lighthouse's default (mobile) settings, in Debian's Chromium started
 * here (Lighthouse connects to it; it never downloads a browser).
 *
 *   npm run test:lighthouse [-- --dist tmp/test/sample-dist] [--runs 3]
 *
 * Builds the sample site first unless --dist names a built one. Prints the
 * median score of each category per page and, for a category below its
 * threshold, the audits that cost points; exits non-zero unless every
 * median meets the threshold (accessibility, best practices and SEO 100,
 * performance at least 95). Writes tmp/lighthouse/summary.json, one check
 * per page and category, which .ci/run adds to its totals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { buildSite } from '../support/build-site.ts';
import { projectRoot, testTmp } from '../support/paths.ts';
import { serveDirectory } from '../support/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const THRESHOLD: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const OUT = path.join(projectRoot, 'tmp', 'lighthouse');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Starts headless Chromium with a DevTools port and resolves with the port. */
function startChromium(profile: string): Promise<{ port: number; process: ChildProcess }> {
  const args = [
    '--headless=new',
    '--remote-debugging-port=0',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${profile}`,
    'about:blank',
  ];
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port within 30 s:\n${seen}`)), 30_000);
    child.on('error', (error) => reject(new Error(`Chromium (${CHROMIUM}) did not start: ${error.message}`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), process: child });
      }
    });
  });
}

/**
 * Ends Chromium and waits for it to exit: its helper processes go on writing
 * into the profile for a moment after the signal, and removing the folder
 * under them fails with ENOTEMPTY (seen in CI).
 */
function stopChromium(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill();
  });
}

/** The profile is scratch space under tmp/: a leftover file is worth a warning, not a failed run. */
function removeProfile(profile: string): void {
  try {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    console.warn(`Could not remove the Chromium profile ${profile}: ${(error as Error).message}`);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface PageRuns {
  name: string;
  path: string;
  scores: Record<Category, number[]>;
  /** Audits that lost points, by category: id → title and displayed value. */
  losses: Record<Category, Map<string, string>>;
}

async function main(): Promise<void> {
  const runs = Number(arg('runs') ?? 3);
  let dist = arg('dist');
  if (!dist) {
    dist = path.join(testTmp, 'lighthouse-dist');
    fs.rmSync(dist, { recursive: true, force: true });
    console.log('Building the sample site …');
    const built = buildSite(path.join(projectRoot, 'content'), dist);
    if (built.status !== 0) throw new Error(`The sample site did not build:\n${built.output}`);
  }
  dist = path.resolve(dist);
  const documentPath = fs
    .readdirSync(path.join(dist, 'xxgk'))
    .sort()
    .map((d) => `/xxgk/${d}/`)
    .find((p) =>
      fs.readFileSync(path.join(dist!, p, 'index.html'), 'utf8').includes('class="doc-no" translate="no">示'),
    )!;
  const pages: PageRuns[] = [
    { name: 'home', path: '/' },
    { name: 'document', path: documentPath },
    { name: 'search', path: `/search/?q=${encodeURIComponent('道路运输')}` },
  ].map((p) => ({
    ...p,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, []])) as unknown as Record<Category, number[]>,
    losses: Object.fromEntries(CATEGORIES.map((c) => [c, new Map()])) as unknown as Record<
      Category,
      Map<string, string>
    >,
  }));

  fs.mkdirSync(OUT, { recursive: true });
  const profile = fs.mkdtempSync(path.join(OUT, 'profile-'));
  const server = await serveDirectory(dist);
  const chromium = await startChromium(profile);
  try {
    for (const page of pages) {
      for (let run = 1; run <= runs; run++) {
        const result = await lighthouse(`${server.url}${page.path}`, {
          port: chromium.port,
          hostname: '127.0.0.1',
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${lhr.runtimeError.message}`);
        for (const c of CATEGORIES) {
          const category = lhr.categories[c]!;
          page.scores[c].push(Math.round((category.score ?? 0) * 100));
          for (const ref of category.auditRefs) {
            const audit = lhr.audits[ref.id]!;
            if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
              page.losses[c].set(ref.id, `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
            }
          }
        }
        console.log(`${page.name} run ${run}: ${CATEGORIES.map((c) => `${c} ${page.scores[c].at(-1)}`).join(', ')}`);
      }
    }
  } finally {
    await stopChromium(chromium.process);
    await server.close();
    removeProfile(profile);
  }

  let passed = 0;
  let failed = 0;
  console.log(`\nLighthouse ${lighthouseVersion()}, mobile preset, median of ${runs} runs`);
  console.log('| page | performance | accessibility | best practices | SEO |');
  console.log('|---|---:|---:|---:|---:|');
  for (const page of pages) {
    const cells = CATEGORIES.map((c) => {
      const m = median(page.scores[c]);
      if (m >= THRESHOLD[c]) passed++;
      else failed++;
      return `${m}${m >= THRESHOLD[c] ? '' : ' ✗'}`;
    });
    console.log(`| ${page.name} (${page.path}) | ${cells.join(' | ')} |`);
  }
  for (const page of pages) {
    for (const c of CATEGORIES) {
      if (median(page.scores[c]) >= THRESHOLD[c] || page.losses[c].size === 0) continue;
      console.log(`\n${page.name}, ${c} below ${THRESHOLD[c]}:`);
      for (const [id, title] of page.losses[c]) console.log(`  - ${id}: ${title}`);
    }
  }
  const medians = Object.fromEntries(
    pages.map((p) => [p.name, Object.fromEntries(CATEGORIES.map((c) => [c, median(p.scores[c])]))]),
  );
  fs.writeFileSync(path.join(OUT, 'summary.json'), `${JSON.stringify({ passed, failed, runs, medians }, null, 2)}\n`);
  console.log(`\nLighthouse: ${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}

function lighthouseVersion(): string {
  const pkg = JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
  ) as { version: string };
  return pkg.version;
}

main().catch((error: unknown) => {
  console.error(error);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(
    path.join(OUT, 'summary.json'),
    `${JSON.stringify({ passed: 0, failed: 1, error: String(error) })}\n`,
  );
  process.exit(1);
});
