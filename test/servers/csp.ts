/**
 * Content-Security-Policy violations Chromium reports while it loads every
 * kind of page of the site (and runs its scripts: search, 查一查, data
 * tables, the service worker; the web CMS under its own policy):
 * `securitypolicyviolation` events, recorded
 * from before any page script runs, and the console's CSP messages.
 */
import type { Browser } from 'playwright-core';

const settled = () => /^(找到|没有找到|搜索出错)/.test(document.getElementById('search-status')?.textContent ?? '');

export async function cspViolations(browser: Browser, origin: string, docPath: string): Promise<string[]> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const found: string[] = [];
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.push(`console ${page.url()}: ${m.text()}`);
  });
  const pages = [
    '/',
    docPath,
    'xwzx/zwdt/',
    'zwgk/nb/',
    'sjqd/bszn/',
    'hdjl/',
    'zh-hant/',
    `zh-hant/${docPath}`,
    'offline/',
    'no-such-page/',
    'admin/',
  ];
  for (const p of pages) {
    await page.goto(new URL(p, `${origin}/`).href, { waitUntil: 'load' });
    // The data-list table script and the toolbar run after load; the CMS takes longer to start.
    await page.waitForTimeout(p === 'admin/' ? 2000 : 100);
    found.push(
      ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).map((v) => `${p}: ${v}`),
    );
  }
  await page.goto(`${origin}/search/?q=${encodeURIComponent('道路运输')}`);
  await page.waitForFunction(settled);
  found.push(
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).map((v) => `search: ${v}`),
  );
  await page.goto(`${origin}/ysqgk/sq/`);
  await page.fill('#apply-q', '道路运输');
  await page.click('#apply-search button[type="submit"]');
  await page.waitForFunction(() =>
    /找到|没有找到|出错/.test(document.getElementById('apply-search-status')!.textContent!),
  );
  found.push(
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).map((v) => `ysqgk/sq: ${v}`),
  );
  await context.close();
  return found;
}
