/**
 * Recall for text that is only inside attachments: a phrase from each sample
 * file (PDF, DOCX, XLSX, OFD, DOC, XLS), searched in 简体 and in 繁體, finds its
 * document's attachment, and the result says which attachment matched
 * ("附件N：……（类型）") and links the file. The image-only PDF's words are
 * in a picture: nothing finds them (there is no OCR), which is why the page
 * offers to ask for an accessible format.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PHRASES } from '../attachments/make-samples.ts';
import { sampleDist } from '../support/paths.ts';
import { openSearch } from '../support/search-page.ts';
import { servedSite } from '../support/served-site.ts';

const DOC = '/xxgk/11990000MB0000001X-2026-00009/';
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const site = servedSite(sampleDist);

const CASES = [
  ['pdf', 1, '附件1：桥梁隧道防汛巡查责任清单（PDF）'],
  ['docx', 3, '附件3：水运工程质量监督申报须知（DOCX）'],
  ['xlsx', 4, '附件4：普通国省道养护里程核定表（XLSX）'],
  ['ofd', 5, '附件5：交通运输综合执法装备配置标准（OFD）'],
  ['doc', 7, '附件7：防汛值班人员联络办法（DOC）'],
  ['xls', 8, '附件8：汛期抢险物资储备明细表（XLS）'],
] as const;

interface Shown {
  url: string;
  attachment: string;
  file: string;
}

async function results(query: string): Promise<Shown[]> {
  const page = await site.browser.newPage();
  try {
    await openSearch(page, site.url, query);
    return await page.$$eval('#search-results .result', (items) =>
      items.map((li) => {
        const link = li.querySelector<HTMLAnchorElement>('.result-attachment a');
        return {
          url:
            li.querySelector<HTMLAnchorElement>('.result-title a')!.pathname +
            li.querySelector<HTMLAnchorElement>('.result-title a')!.hash,
          attachment: link?.textContent ?? '',
          file: link?.pathname ?? '',
        };
      }),
    );
  } finally {
    await page.close();
  }
}

describe('search finds text that is only in attachments', () => {
  it.each(
    CASES.flatMap(([type, n, label]) => [
      [type, '简体', SAMPLE_PHRASES[type], n, label] as const,
      [type, '繁體', toTraditional(SAMPLE_PHRASES[type]), n, label] as const,
    ]),
  )('%s, %s: %s', async (_type, _script, query, n, label) => {
    const found = await results(query);
    const hit = found.find((r) => r.url === `${DOC}#fj${n}`);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.attachment).toBe(label);
    expect(hit!.file).toMatch(new RegExp(`^/files/11990000MB0000001X-2026-00009/${n}\\.[0-9a-f]{10}\\.`));
  });

  it('has no text for the image-only PDF', async () => {
    expect(await results(SAMPLE_PHRASES.scan)).toEqual([]);
  });
});
