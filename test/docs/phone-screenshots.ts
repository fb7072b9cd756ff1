/**
 * The phone screenshots of docs/editors/care-mode.md, taken in Chromium from a built site:
 * `node test/docs/phone-screenshots.ts [dist]` (default tmp/test/sample-dist)
 * writes docs/phone/<page>-<mode>.png, the first 390 × 844 screen of the
 * home page, a document, a 年报 and a data list, in the normal page and in
 * 关怀模式 at its strongest, as palette PNGs to keep them small.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { launchBrowser } from '../support/browser.ts';
import { careContext } from '../support/care-mode.ts';
import { projectRoot, sampleDist } from '../support/paths.ts';
import { phonePageTypes } from '../support/phone-metrics.ts';
import { serveDirectory } from '../support/static-server.ts';

const dist = path.resolve(process.argv[2] ?? sampleDist);
const out = path.join(projectRoot, 'docs', 'phone');
fs.mkdirSync(out, { recursive: true });
const types = phonePageTypes(dist);
const pages = {
  home: types.home,
  document: types.document,
  'annual-report': types.annualReport,
  'data-list': types.dataList,
};
const server = await serveDirectory(dist);
const browser = await launchBrowser();
try {
  for (const mode of ['normal', 'care'] as const) {
    const viewport = { width: 390, height: 844 };
    const context = mode === 'care' ? await careContext(browser, viewport) : await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(server.url + url);
      await page.evaluate(() => document.fonts.ready);
      const png = await page.screenshot();
      await sharp(png)
        .png({ palette: true, colours: 64, compressionLevel: 9 })
        .toFile(path.join(out, `${name}-${mode}.png`));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
