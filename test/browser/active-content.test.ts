/**
 * Active content never runs on the site's origin. Each hostile SVG of the
 * corpus is opened in Chromium as a document of the site, as published
 * (sanitised) and, as the control, as the editor wrote it: the control runs
 * script, the published file runs none (no dialog, no changed title, after
 * a click and a hover). A real build refuses a hostile .html attachment and
 * a hostile SVG body image, naming the file; a clean SVG is published
 * sanitised, and the page shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../src/publish/safe-svg.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { addToPolicy, POLICY } from '../support/content-cases.ts';
import { replaceIn, writeFixtureContent } from '../support/fixture-content.ts';
import { HOSTILE_SVGS } from '../support/hostile-files.ts';
import { readPage } from '../support/html.ts';
import { testTmp } from '../support/paths.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

const files = path.join(testTmp, 'active-content-files');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  fs.rmSync(files, { recursive: true, force: true });
  fs.mkdirSync(files, { recursive: true });
  fs.writeFileSync(path.join(files, '404.html'), '<!doctype html><title>404</title>');
  let i = 0;
  for (const svg of Object.values(HOSTILE_SVGS)) {
    i++;
    fs.writeFileSync(path.join(files, `raw-${i}.svg`), svg);
    fs.writeFileSync(path.join(files, `safe-${i}.svg`), (await sanitizeSvg(svg)).svg);
  }
  server = await serveDirectory(files);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens an SVG as a document of the origin, clicks and hovers it, and says whether any script ran. */
async function scriptRan(url: string): Promise<boolean> {
  const page: Page = await browser.newPage();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  try {
    await page.goto(url);
    await page.mouse.move(5, 5);
    await page.mouse.click(5, 15);
    await page.waitForTimeout(150);
    const title = await page.evaluate(() => document.title).catch(() => '');
    return dialogs > 0 || title === 'pwned';
  } finally {
    await page.close();
  }
}

describe('hostile SVG opened on the site origin', () => {
  it('runs script as written (the control) and none as published', async () => {
    const names = Object.keys(HOSTILE_SVGS);
    const ran: string[] = [];
    for (const [i, name] of names.entries()) {
      if (await scriptRan(`${server.url}/raw-${i + 1}.svg`)) ran.push(name);
      expect(await scriptRan(`${server.url}/safe-${i + 1}.svg`), name).toBe(false);
    }
    console.log(`active content: ${ran.length} of ${names.length} hostile SVGs ran script as written, 0 as published`);
    // The payloads are live: the control proves the test can see script run.
    expect(ran).toEqual(
      expect.arrayContaining([
        'a script element',
        'a CDATA script with a type',
        'an onload handler',
        'a handler on a shape',
        'a foreignObject with HTML',
      ]),
    );
  }, 120_000);
});

describe('a build with active content', () => {
  const content = path.join(testTmp, 'active-content');
  const out = path.join(testTmp, 'active-dist');

  it('refuses a hostile .html attachment and a hostile SVG body image, naming the file', () => {
    writeFixtureContent(content);
    fs.writeFileSync(path.join(content, 'policies/2025/说明.html'), '<script>alert(document.cookie)</script>');
    replaceIn(content, POLICY, 'file: 附件1-评价指标.pdf', 'file: 说明.html');
    const attachment = buildSite(content, out);
    expect(attachment.status).not.toBe(0);
    expect(attachment.output).toContain('说明.html');
    expect(attachment.output).toContain('不能作为附件发布');

    writeFixtureContent(content);
    fs.writeFileSync(path.join(content, 'policies/2025/chart.svg'), HOSTILE_SVGS['an onload handler']!);
    addToPolicy(content, '![客运量变化图](chart.svg)');
    const image = buildSite(content, out);
    expect(image.status).not.toBe(0);
    expect(image.output).toContain('事件属性 onload');
  }, 300_000);

  it('publishes a clean SVG sanitised, and the page shows it', async () => {
    writeFixtureContent(content);
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#1f4e8c"/><image href="https://tracker.example/p.png" width="1" height="1"/></svg>';
    fs.writeFileSync(path.join(content, 'policies/2025/chart.svg'), svg);
    addToPolicy(content, '![客运量变化图](chart.svg)');
    const built = buildSite(content, out);
    expect(built.status, built.output).toBe(0);
    const url = '/xxgk/11990000MB0000001X-2025-00003/';
    const src = readPage(out, url)('img[alt="客运量变化图"]').attr('src')!;
    expect(src).toMatch(/^\/_astro\/body\/[0-9a-f]{16}\.svg$/);
    const published = fs.readFileSync(path.join(out, src), 'utf8');
    expect(published).toBe((await sanitizeSvg(svg)).svg);
    expect(published).not.toContain('tracker.example');
    const site = await serveDirectory(out);
    const page = await browser.newPage();
    try {
      await page.goto(`${site.url}${url}`);
      const width = await page.locator('img[alt="客运量变化图"]').evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        return img.naturalWidth;
      });
      expect(width).toBe(200);
    } finally {
      await page.close();
      await site.close();
    }
  }, 300_000);
});
