/**
 * The phone figures of issue 17, measured in Chromium on a built site:
 * `node test/docs/measure-phone.ts [dist]` (default tmp/test/sample-dist)
 * prints, per page type, at 390 × 844 in the normal page and in 关怀模式 at
 * its strongest: header bottom, metadata block height, h1 and body top,
 * scrollWidth (also at 320 and 1280 px) and the smallest chart text.
 */
import path from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { STORAGE_KEY } from '../../src/browser/care/settings.ts';
import { STRONGEST_CARE } from '../support/care-mode.ts';
import { sampleDist } from '../support/paths.ts';
import { measure, phonePageTypes } from '../support/phone-metrics.ts';
import { serveDirectory } from '../support/static-server.ts';

const dist = path.resolve(process.argv[2] ?? sampleDist);
const server = await serveDirectory(dist);
const browser = await launchBrowser();
const rows: string[] = [
  '| page | mode | header (≤211 / ≤338) | meta | h1 top | body top | scrollWidth 320/390/1280 | min chart px | h2 / 目录 | clipped |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
try {
  for (const mode of ['normal', '关怀'] as const) {
    const contexts = await Promise.all(
      [320, 390, 1280].map(async (width) => {
        const context = await browser.newContext({ viewport: { width, height: width === 1280 ? 900 : 844 } });
        if (mode === '关怀')
          await context.addInitScript(([k, s]) => localStorage.setItem(k, s), [
            STORAGE_KEY,
            JSON.stringify(STRONGEST_CARE),
          ] as const);
        return context.newPage();
      }),
    );
    for (const [type, url] of Object.entries(phonePageTypes(dist))) {
      const results = [];
      for (const page of contexts) {
        await page.goto(server.url + url);
        results.push(await measure(page));
      }
      const m = results[1]!;
      rows.push(
        `| ${type} | ${mode} | ${m.header} | ${m.meta ?? '–'} | ${m.h1} | ${m.body ?? '–'} | ${results.map((r) => r.scrollWidth).join('/')} | ${m.chartText ?? '–'} | ${m.h2s} / ${m.toc ? '有' : '无'} | ${results.flatMap((r) => r.clipped).join('; ') || '–'} |`,
      );
    }
    await Promise.all(contexts.map((p) => p.context().close()));
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(rows.join('\n'));
