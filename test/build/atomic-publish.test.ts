/**
 * The publish step never leaves a moment without a site: `dist` is a link
 * to the current release, replaced by renaming a new link over it
 * (src/publish/staged-output.ts). Measured with a second process that reads
 * the site's index.html as fast as it can during repeated publishes (the
 * former two-rename swap is measured the same way, as the control), and by
 * killing a process in the middle of publishing, again and again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  currentRelease,
  prepareStaging,
  removeInBackground,
  stagingDirFor,
  swapIntoPlace,
} from '../../src/publish/staged-output.ts';
import { projectRoot, testTmp } from '../support/paths.ts';

const root = path.join(testTmp, 'atomic-publish');
const PUBLISHES = 150;

/** Starts a process that reads `file` in a loop until told to stop, and reports reads and misses. */
function poller(file: string): { child: ChildProcess; result: Promise<{ reads: number; misses: number }> } {
  const script = `
    const fs = require('node:fs');
    let reads = 0, misses = 0, stop = false;
    process.on('message', () => { stop = true; });
    process.send('ready');
    (function loop() {
      const until = Date.now() + 20;
      while (Date.now() < until) {
        reads++;
        try { if (!fs.readFileSync(${JSON.stringify(file)}, 'utf8').includes('</html>')) misses++; } catch { misses++; }
      }
      if (stop) { process.send({ reads, misses }); process.exit(0); }
      setImmediate(loop);
    })();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const result = new Promise<{ reads: number; misses: number }>((resolve) =>
    child.on('message', (m) => typeof m === 'object' && resolve(m as { reads: number; misses: number })),
  );
  return { child, result };
}

const ready = (child: ChildProcess) => new Promise<void>((resolve) => child.once('message', () => resolve()));

function writeStaging(outDir: string, n: number): string {
  const staging = stagingDirFor(outDir);
  fs.mkdirSync(path.join(staging, 'xxgk'), { recursive: true });
  fs.writeFileSync(path.join(staging, 'index.html'), `<!doctype html><title>第${n}版</title></html>`);
  fs.writeFileSync(path.join(staging, 'xxgk', 'index.html'), `<!doctype html><p>${n}</p></html>`);
  return staging;
}

/** The former swap, for the control measurement: move the old folder away, then rename the new one in. */
function twoRenameSwap(staging: string, outDir: string): void {
  removeInBackground(outDir);
  fs.renameSync(staging, outDir);
}

async function measure(
  outDir: string,
  swap: (staging: string, outDir: string) => void,
): Promise<{ reads: number; misses: number }> {
  swap(writeStaging(outDir, 0), outDir);
  const { child, result } = poller(path.join(outDir, 'index.html'));
  await ready(child);
  for (let n = 1; n <= PUBLISHES; n++) {
    swap(writeStaging(outDir, n), outDir);
    // Let the reader run between publishes, as a web server would.
    await new Promise((r) => setTimeout(r, 2));
  }
  child.send('stop');
  return result;
}

beforeAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('atomic publish', () => {
  it(`keeps index.html readable through ${PUBLISHES} publishes (the former swap did not)`, async () => {
    const linked = await measure(path.join(root, 'dist'), swapIntoPlace);
    const control = await measure(path.join(root, 'dist-old'), twoRenameSwap);
    console.log(
      `atomic publish: ${linked.misses} of ${linked.reads} reads missed the site with the link swap; ${control.misses} of ${control.reads} with the former two renames`,
    );
    expect(linked.reads).toBeGreaterThan(1000);
    expect(linked.misses).toBe(0);
    expect(control.misses).toBeGreaterThan(0);
    // dist is a link to the latest release; the one it replaced is kept until the next publish, older ones are gone.
    const out = path.join(root, 'dist');
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(`第${PUBLISHES}版`);
    prepareStaging(out);
    await new Promise((r) => setTimeout(r, 500));
    const left = fs.readdirSync(root).filter((f) => f.startsWith('dist.site-') && !f.includes('.old-'));
    expect(left).toHaveLength(2);
    expect(left).toContain(path.basename(currentRelease(out)!));
  }, 120_000);

  it('publishes many times within one millisecond without two releases taking one name', () => {
    const out = path.join(root, 'rapid');
    // Synchronous publishes in a tight loop: several land in the same millisecond (CI failed on this with ENOTEMPTY).
    for (let n = 1; n <= 20; n += 1) swapIntoPlace(writeStaging(out, n), out);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('第20版');
  });

  it('takes over a dist that is still a real folder (the former layout)', () => {
    const out = path.join(root, 'legacy');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>旧版</title></html>');
    swapIntoPlace(writeStaging(out, 1), out);
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('第1版');
    // The former folder is kept as the previous release until the next publish, then deleted.
    const legacy = () =>
      fs.readdirSync(root).filter((f) => f.startsWith('legacy.site-legacy-') && !f.includes('.old-'));
    expect(legacy()).toHaveLength(1);
    swapIntoPlace(writeStaging(out, 2), out);
    expect(legacy()).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('第2版');
  });

  it('leaves a whole site published when the publishing process is killed at any moment', async () => {
    const out = path.join(root, 'killed');
    swapIntoPlace(writeStaging(out, 0), out);
    const module = path.join(projectRoot, 'src', 'publish', 'staged-output.ts');
    const script = `
      import fs from 'node:fs';
      import path from 'node:path';
      import { stagingDirFor, swapIntoPlace } from ${JSON.stringify(module)};
      const out = ${JSON.stringify(out)};
      for (let n = 1; ; n++) {
        const staging = stagingDirFor(out);
        fs.rmSync(staging, { recursive: true, force: true });
        fs.mkdirSync(staging, { recursive: true });
        fs.writeFileSync(path.join(staging, 'index.html'), '<!doctype html><title>' + n + '</title></html>');
        swapIntoPlace(staging, out);
      }`;
    let kills = 0;
    for (let i = 0; i < 12; i++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
      // Listened for from the start: a child that ends on its own before the kill must not leave the test waiting.
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, 150 + Math.floor(Math.random() * 250)));
      child.kill('SIGKILL');
      await exited;
      kills++;
      expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('</html>');
    }
    // The next build clears what a killed one left (its staging folder, an unlinked release, a stray link).
    prepareStaging(out);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('</html>');
    expect(kills).toBe(12);
  }, 120_000);
});
