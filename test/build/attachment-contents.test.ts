/**
 * What the sample site's attachment check made of the sample files (one of
 * each type, content/policies/2026/flood-season-bridge-tunnel-inspection.md):
 * the attachment list offers "申请无障碍格式" for the files a screen reader
 * cannot read without the editor saying so, "在线阅读" for DOCX, XLSX and XLS,
 * and the HTML views keep tables as tables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PHRASES } from '../attachments/make-samples.ts';
import { htmlFiles, readPage } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';

const DOC = '/xxgk/11990000MB0000001X-2026-00009/';

describe('attachments on the sample site', () => {
  const $ = readPage(sampleDist, DOC);
  const item = (n: number) => $(`.attachments li#fj${n}`);

  it('offers an accessible format for the image-only PDF, the OFD and the untagged PDF only', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].filter((n) => item(n).find('.format-request').length === 1)).toEqual([2, 5, 6]);
    expect(item(2).find('.format-request').attr('aria-label')).toBe('申请无障碍格式：通知盖章件（扫描）');
  });

  it('keeps what an editor wrote by hand: accessible: false on a PDF with text still offers the request', () => {
    const page = htmlFiles(sampleDist).find(
      (f) =>
        f.startsWith('/xxgk/') && fs.readFileSync(path.join(sampleDist, f), 'utf8').includes('附件2：报考诚信承诺书'),
    )!;
    const other = readPage(sampleDist, page.replace(/index\.html$/, ''));
    expect(other('.attachments .format-request').attr('aria-label')).toBe('申请无障碍格式：附件2：报考诚信承诺书');
  });

  it('links an HTML view of the DOCX, the XLSX and the XLS', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].filter((n) => item(n).find('a.attachment-view').length === 1)).toEqual([3, 4, 8]);
    expect(item(4).find('a.attachment-view').attr('href')).toBe(`${DOC}fj4/`);
    expect(item(4).find('a.attachment-view').text()).toBe('在线阅读');
  });

  it('shows the spreadsheet as a table with a caption and column headers, linking the download', () => {
    const view = readPage(sampleDist, `${DOC}fj4/`);
    expect(view('h1').text()).toBe('附件4：普通国省道养护里程核定表（XLSX）');
    expect(view('.attachment-html caption').text()).toBe(SAMPLE_PHRASES.xlsx);
    expect(
      view('.attachment-html th')
        .map((_i, th) => view(th).text())
        .get(),
    ).toEqual(['路线编号', '路段名称', '里程（公里）']);
    expect(view('.attachment-html tbody tr')).toHaveLength(2);
    expect(view('.attachment-view-note a[download]').attr('href')).toBe(item(4).find('a[download]').attr('href'));
  });

  it('shows the Excel 97 workbook as a table too', () => {
    const view = readPage(sampleDist, `${DOC}fj8/`);
    expect(view('h1').text()).toBe('附件8：汛期抢险物资储备明细表（XLS）');
    expect(view('.attachment-html h2').text()).toBe('物资储备');
    expect(view('.attachment-html caption').text()).toBe(SAMPLE_PHRASES.xls);
    expect(
      view('.attachment-html th')
        .map((_i, th) => view(th).text())
        .get(),
    ).toEqual(['物资名称', '单位', '储备数量']);
    expect(
      view('.attachment-html tbody td')
        .map((_i, td) => view(td).text())
        .get(),
    ).toEqual(['编织袋', '条', '20000', '应急照明灯', '台', '120']);
  });

  it('shows the Word file with its heading and table', () => {
    const view = readPage(sampleDist, `${DOC}fj3/`);
    // The Word file's heading one level down: the view's page has its own h1.
    expect(view('.attachment-html h2').first().text()).toBe(SAMPLE_PHRASES.docx);
    expect(view('h1')).toHaveLength(1);
    expect(view('.attachment-html table td').first().text()).toBe('材料名称');
  });
});
