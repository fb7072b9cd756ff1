/**
 * Reading attachments: every format's text from the sample files (made by
 * test/attachments/make-samples.ts), CJK clean-up, the HTML views, and the
 * pool's cache and limits (a file that cannot be read is a reason, not a crash).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidyCjkText } from '../../src/attachments/cjk-text.ts';
import { cleanMammothHtml } from '../../src/attachments/extract-docx.ts';
import { extractBytes } from '../../src/attachments/extract.ts';
import { AttachmentTexts } from '../../src/attachments/extraction.ts';
import { attachmentRecords, attachmentRecordText, SEARCHED_CHARS } from '../../src/search/attachment-records.ts';
import { sitePaths } from '../../src/utils/site-paths.ts';
import { fullText, type Extracted } from '../../src/attachments/types.ts';
import { SAMPLE_PHRASES } from '../attachments/make-samples.ts';
import { projectRoot } from '../support/paths.ts';

const SAMPLES = path.join(projectRoot, 'content', 'policies', '2026');
const sample = (name: string) => path.join(SAMPLES, name);

async function read(name: string): Promise<Extracted> {
  return extractBytes(path.extname(name).slice(1), fs.readFileSync(sample(name)));
}

describe('extractors', () => {
  it('reads a tagged PDF in reading order, as whole CJK words', async () => {
    const r = await read('附件1-桥梁隧道防汛巡查责任清单.pdf');
    expect(r.tagged).toBe(true);
    expect(r.imageOnly).toBe(false);
    expect(r.parts[0]!.where).toBe('第1页');
    const text = fullText(r);
    expect(text).toContain(`示例省交通运输厅${SAMPLE_PHRASES.pdf}`);
    // Chromium maps 示 to the Kangxi radical ⽰ (U+2F70) and 长 to ⻓ (U+2ED3); the reader gives the ideographs.
    expect(text).not.toMatch(/[\u2E80-\u2FDF]/);
    expect(text).toContain('长隧道每日两次');
    expect(text.indexOf('一、')).toBeLessThan(text.indexOf('二、'));
  });

  it('tells an untagged PDF and an image-only PDF', async () => {
    expect((await read('附件6-未加标签的说明.pdf')).tagged).toBe(false);
    const scan = await read('附件2-盖章扫描件.pdf');
    expect(scan).toMatchObject({ imageOnly: true, parts: [], units: 1 });
  });

  it('reads OFD text by page', async () => {
    const r = await read('附件5-执法装备配置标准.ofd');
    expect(r.parts).toEqual([{ where: '第1页', text: expect.stringContaining(`《${SAMPLE_PHRASES.ofd}》`) }]);
  });

  it('reads DOCX text and keeps its table in the HTML view', async () => {
    const r = await read('附件3-质量监督申报须知.docx');
    expect(fullText(r)).toContain(SAMPLE_PHRASES.docx);
    expect(r.html).toContain('<table>');
    expect(r.html).toContain('<td><p>施工图设计批复文件</p></td>');
  });

  it('reads XLSX cell by cell and makes a table with a caption and column headers', async () => {
    const r = await read('附件4-养护里程核定表.xlsx');
    expect(r.parts).toContainEqual({ where: '工作表「养护里程」A1', text: SAMPLE_PHRASES.xlsx });
    expect(r.parts).toContainEqual({ where: '工作表「养护里程」B3', text: '示例市至样板县段' });
    expect(r.html).toContain(`<caption>${SAMPLE_PHRASES.xlsx}</caption><thead><tr><th scope="col">路线编号</th>`);
  });

  it('reads a Word 97 .doc', async () => {
    const r = await read('附件7-防汛值班人员联络办法.doc');
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0]!.where).toBe('正文');
    expect(r.parts[0]!.text).toContain(`示例省交通运输厅${SAMPLE_PHRASES.doc}`);
    expect(r.parts[0]!.text).toContain('值班人员应保持通讯畅通');
    expect(r.html).toBeUndefined();
  });

  it('reads an Excel 97 .xls cell by cell, with the same table view as XLSX', async () => {
    const r = await read('附件8-抢险物资储备明细表.xls');
    expect(r.units).toBe(1);
    expect(r.parts).toContainEqual({ where: '工作表「物资储备」A1', text: SAMPLE_PHRASES.xls });
    expect(r.parts).toContainEqual({ where: '工作表「物资储备」C3', text: '20000' });
    expect(r.html).toContain(`<caption>${SAMPLE_PHRASES.xls}</caption><thead><tr><th scope="col">物资名称</th>`);
  });

  it('refuses a text file named .xls (SheetJS would read CSV or HTML as a sheet)', async () => {
    await expect(extractBytes('xls', Buffer.from('姓名,身份证号\n张三,110101198001010014\n'))).rejects.toThrow(
      '不是 Excel 97-2003 工作簿（.xls）',
    );
  });

  it('removes the spaces generators put between CJK characters, and keeps those between Latin words', () => {
    expect(tidyCjkText('示 例 省 交 通 运 输 厅 2026 年 工作 要点')).toBe('示例省交通运输厅2026年工作要点');
    expect(tidyCjkText('Open Government Data 开放数据')).toBe('Open Government Data开放数据');
    expect(tidyCjkText('⽰例 ⻓江')).toBe('示例长江');
  });

  it('drops images and script links from Word HTML', () => {
    expect(
      cleanMammothHtml('<p><img src="data:x"/><a href="javascript:alert(1)">x</a><a href="https://a.cn/">y</a></p>'),
    ).toBe('<p><a>x</a><a href="https://a.cn/">y</a></p>');
  });
});

describe('the extraction pool', () => {
  let cache = '';
  beforeAll(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-extract-'));
  });
  afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));

  const job = (file: string, sha256: string) => ({
    source: file,
    sha256,
    ext: path.extname(file).slice(1),
    bytes: fs.statSync(file).size,
  });

  it('reads each version once, and takes it from the cache on the next run', async () => {
    const texts = new AttachmentTexts(cache);
    const jobs = [
      job(sample('附件5-执法装备配置标准.ofd'), 'a'.repeat(64)),
      job(sample('附件3-质量监督申报须知.docx'), 'b'.repeat(64)),
      job(sample('附件8-抢险物资储备明细表.xls'), '9'.repeat(64)),
    ];
    const first = await texts.extractAll([...jobs, jobs[0]!], { workers: 2 });
    expect(first).toMatchObject({ files: 3, cached: 0, read: 3, failed: 0 });
    expect(Object.keys(first.byType).sort()).toEqual(['docx', 'ofd', 'xls']);
    // Read in a worker thread like the others.
    expect(texts.read('9'.repeat(64))).toMatchObject({
      ok: true,
      parts: expect.arrayContaining([{ where: '工作表「物资储备」A1', text: SAMPLE_PHRASES.xls }]),
    });
    const second = await texts.extractAll(jobs);
    expect(second).toMatchObject({ files: 3, cached: 3, read: 0 });
    expect(texts.read('a'.repeat(64))).toMatchObject({ ok: true });
    expect(texts.prune(new Set(['a'.repeat(64)]))).toBe(2);
    expect(texts.read('a'.repeat(64))).toMatchObject({ ok: true });
    expect(texts.read('b'.repeat(64))).toBeUndefined();
  });

  it('gives a reason for a broken file, a too large file and a file that takes too long', async () => {
    const texts = new AttachmentTexts(cache);
    const broken = path.join(cache, 'broken.pdf');
    fs.writeFileSync(broken, '%PDF-1.4\nnot really');
    const stats = await texts.extractAll([job(broken, 'c'.repeat(64))]);
    expect(stats.failed).toBe(1);
    expect(texts.read('c'.repeat(64))).toMatchObject({ ok: false, reason: expect.stringContaining('文件无法解析') });
    await texts.extractAll([job(sample('附件4-养护里程核定表.xlsx'), 'd'.repeat(64))], { maxBytes: 100 });
    expect(texts.read('d'.repeat(64))).toEqual({ ok: false, reason: '文件大于 0 MB，未读取其内容' });
    await texts.extractAll([job(sample('附件1-桥梁隧道防汛巡查责任清单.pdf'), 'e'.repeat(64))], { timeoutMs: 1 });
    expect(texts.read('e'.repeat(64))).toEqual({ ok: false, reason: '读取超过 0 秒，未读取其内容' });
  });
});

describe('attachment search records', () => {
  it('point at the document’s attachment, say which one, link the file, and leave identifiers to the document', () => {
    const doc = {
      url: '/xxgk/X-2026-00009/',
      path: '/c/doc.md',
      title: '通知',
      date: '2026-05-15 10:00',
      filters: { 栏目: ['其他文件'] },
      meta: { title: '通知', date: '2026-05-15', indexNo: 'X/2026-00009', column: '其他文件' },
      identifiers: ['sy1', 'wh2'],
    };
    const [record, ...rest] = attachmentRecords(
      doc,
      { attachments: [{ file: 'a.pdf' }, { file: '附件2-名单.xlsx', title: '名单' }] },
      'X/2026-00009',
      [{ n: 2, sha256: 'f'.repeat(64), ext: 'xlsx', resultFile: '/cache/f.json' }],
      sitePaths('/'),
    );
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      url: '/xxgk/X-2026-00009/#fj2',
      path: '/cache/f.json',
      attachment: '附件2：名单（XLSX）',
      identifiers: [],
      filters: doc.filters,
      meta: { ...doc.meta, attachment: '附件2：名单（XLSX）', file: '/files/X-2026-00009/2.ffffffffff.xlsx' },
    });
  });

  it('index the label and at most SEARCHED_CHARS of the text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-record-'));
    const file = path.join(dir, 'r.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        ok: true,
        parts: [{ where: '第1页', text: '甲'.repeat(SEARCHED_CHARS + 10) }],
        units: 1,
        imageOnly: false,
      }),
    );
    const text = attachmentRecordText({
      url: '',
      path: file,
      title: '',
      date: '',
      filters: {},
      meta: {},
      identifiers: [],
      attachment: '附件1：表（PDF）',
    });
    expect(text).toBe(`附件1：表（PDF）\n${'甲'.repeat(SEARCHED_CHARS)}`);
    fs.rmSync(dir, { recursive: true });
  });
});

it('gives a reason for a .doc file that is not a Word document', async () => {
  await expect(extractBytes('doc', Buffer.from('not an OLE file'))).rejects.toThrow();
});
