import path from 'node:path';
import { launchBrowser } from './test/support/browser.ts';
import { serveDirectory } from './test/support/static-server.ts';
import { bundleEngine } from './test/bench/relevance/run.ts';
const browser = await launchBrowser();
const server = await serveDirectory(path.resolve('tmp/test/sample-dist'));
const page = await browser.newPage();
page.on('console', m => console.log('console', m.text()));
await page.goto(`${server.url}/404.html`);
await page.addScriptTag({ content: await bundleEngine('src/scripts/search/engine.ts') });
const out = await page.evaluate(async (qs) => {
  const w = window as any;
  const e = new w.GongkaiSearch.SearchEngine('/search-index/');
  const res: any[] = [];
  for (const q of qs) {
    try {
    const terms = await e.terms(q);
    const f = await e.search(q);
    res.push({ q, terms, n: f.results.length, words: f.results.slice(0,3).map((r: any) => r.words) });
    } catch (err) { res.push({ q, err: String(err) }); }
  }
  return res;
}, process.argv.slice(2));
console.log(JSON.stringify(out, null, 0));
await browser.close(); await server.close();
