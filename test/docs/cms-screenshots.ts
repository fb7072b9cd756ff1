/**
 * The screenshots of the editors' page on the web CMS (docs/editors/cms.md), taken in Chromium
 * from a built site: `node test/docs/cms-screenshots.ts [dist]` (default
 * tmp/test/sample-dist, built by the tests) writes docs/cms/*.png, 1280×800.
 * The local repository is the stand-in folder of the browser tests.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { choose, field as editorField, fillField } from '../support/cms-editor.ts';
import { repoFiles, stubLocalRepository } from '../support/cms-repo.ts';
import { projectRoot, sampleDist } from '../support/paths.ts';
import { serveDirectory } from '../support/static-server.ts';

const dist = path.resolve(process.argv[2] ?? sampleDist);
const out = path.join(projectRoot, 'docs', 'cms');
const server = await serveDirectory(dist);
// --lang sets the interface language; headless Chromium still draws date inputs as MM/DD/YYYY.
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--lang=zh-CN'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  await stubLocalRepository(context, repoFiles(path.join(projectRoot, 'content')));
  const page = await context.newPage();
  const field = (key: string) => editorField(page, key);
  const shot = (name: string) => page.screenshot({ path: path.join(out, `${name}.png`) });

  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: '使用本地仓库' }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await shot('1-open');

  await page.getByRole('button', { name: '使用本地仓库' }).click();
  await page.getByRole('treeitem', { name: '政策文件' }).waitFor();
  await page.waitForTimeout(500);
  await shot('2-collections');

  await page.getByRole('button', { name: '创建新条目' }).click();
  await fillField(page, 'title', '示例省交通运输厅关于做好2026年春运工作的通知');
  await fillField(page, 'publisher', '示例省交通运输厅');
  await fillField(page, 'docNo', '示交运〔2026〕8号');
  await fillField(page, 'publishDate', '2026-01-20T10:30', '2026-01-20 10:30');
  await field('topic').getByRole('combobox').click();
  await page.getByRole('option', { name: '工业、交通\\公路' }).click();
  await choose(page, 'kind', '行政规范性文件');
  await field('title').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await shot('3-new-policy');

  await field('indexNo').getByRole('textbox').fill('11990000MB0000001X/2026_00001');
  await page.getByRole('button', { name: '保存' }).click();
  await field('indexNo')
    .getByText(/应为索引号/)
    .waitFor();
  await field('indexNo').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await shot('4-field-error');
  console.log(`已保存截图到 ${path.relative(projectRoot, out)}/`);
} finally {
  await browser.close();
  await server.close();
}
