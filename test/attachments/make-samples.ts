/**
 * Makes the sample attachments of each type for the fictional 示例省交通运输厅
 * (a PDF with a text layer, tagged; an untagged PDF; an image-only PDF; a DOCX;
 * an XLSX; an OFD; a Word 97 .doc; an Excel 97 .xls), each with a phrase found
 * only in it, so the tests can search for it. Run once and commit the output:
 *   node test/attachments/make-samples.ts <folder>
 * The text PDF is printed by Chromium (tagged, fonts embedded); the image-only
 * one is a picture of text (sharp renders an SVG) put into a PDF by pdf-lib.
 * The .xls is written by SheetJS (BIFF8, as Excel 97–2003 saves it); the
 * .doc by word97.ts (see there why it is built by hand).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, HeadingLevel } from 'docx';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { launchBrowser } from '../support/browser.ts';
import { word97Document } from './word97.ts';

/** Phrases planted only in one sample file each (the tests search for them). */
export const SAMPLE_PHRASES = {
  pdf: '桥梁隧道防汛巡查责任清单',
  docx: '水运工程质量监督申报须知',
  xlsx: '普通国省道养护里程核定表',
  ofd: '交通运输综合执法装备配置标准',
  scan: '扫描件中的文字读屏软件读不到',
  doc: '防汛值班人员联络办法',
  xls: '汛期抢险物资储备明细表',
} as const;

/** A PDF printed by Chromium; `extra` is one more paragraph (e.g. a number the personal-data check must find). */
export async function textPdf(file: string, tagged: boolean, extra = ''): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>示例</title>
<body style="font-family:'Noto Sans CJK SC';font-size:14pt">
<h1>示例省交通运输厅${SAMPLE_PHRASES.pdf}</h1>
<p>一、各市交通运输局应于汛期前完成辖区内桥梁、隧道的全面排查，建立台账，明确责任人。</p>
<p>二、巡查中发现的隐患应当在二十四小时内报告，并采取限行、封闭等措施。</p>
${extra ? `<p>${extra}</p>` : ''}
<table border="1"><tr><th>设施类别</th><th>巡查频次</th></tr><tr><td>特大桥</td><td>每日一次</td></tr><tr><td>长隧道</td><td>每日两次</td></tr></table>
</body></html>`);
    fs.writeFileSync(file, await page.pdf({ format: 'A4', tagged, printBackground: false }));
  } finally {
    await browser.close();
  }
}

async function imagePdf(file: string): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="400"><rect width="100%" height="100%" fill="#fff"/>
<text x="60" y="120" font-family="Noto Sans CJK SC" font-size="48">${SAMPLE_PHRASES.scan}</text>
<text x="60" y="220" font-family="Noto Sans CJK SC" font-size="36">示例省交通运输厅（盖章）</text></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(png);
  const page = pdf.addPage([595, 192]);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 192 });
  fs.writeFileSync(file, await pdf.save());
}

export async function docxFile(file: string, extra = ''): Promise<void> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(SAMPLE_PHRASES.docx)] }),
          new Paragraph('申报单位应在工程开工前向示例省交通运输厅质量监督机构办理质量监督手续。'),
          ...(extra ? [new Paragraph(extra)] : []),
          new Table({
            rows: [
              new TableRow({ children: [cell('材料名称'), cell('份数')] }),
              new TableRow({ children: [cell('施工图设计批复文件'), cell('1')] }),
            ],
          }),
        ],
      },
    ],
  });
  fs.writeFileSync(file, await Packer.toBuffer(doc));
}

/** A spreadsheet; `ids` adds a column of (valid, made-up) 身份证号 to test the personal-data gate. */
export async function xlsxFile(file: string, ids: string[] = []): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('养护里程');
  sheet.addRow([SAMPLE_PHRASES.xlsx, '', '']);
  sheet.addRow(['路线编号', '路段名称', '里程（公里）', ...(ids.length ? ['联系人身份证号'] : [])]);
  sheet.addRow(['G000', '示例市至样板县段', 42.5, ...ids.slice(0, 1)]);
  sheet.addRow(['S000', '样板县至示范镇段', 18.3, ...ids.slice(1, 2)]);
  fs.writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
}

/** A Word 97 document; `extra` is one more paragraph. */
export function docFile(file: string, extra = ''): void {
  const paragraphs = [
    `示例省交通运输厅${SAMPLE_PHRASES.doc}`,
    '一、汛期实行二十四小时值班，值班人员应保持通讯畅通，不得擅自离岗。',
    '二、发生桥梁、隧道险情，值班人员应立即向厅应急值班室报告。',
    ...(extra ? [extra] : []),
  ];
  fs.writeFileSync(file, word97Document(paragraphs));
}

/** An Excel 97 workbook (BIFF8); `ids` adds a column of (valid, made-up) 身份证号 to test the personal-data gate. */
export function xlsFile(file: string, ids: string[] = []): void {
  const sheet = XLSX.utils.aoa_to_sheet([
    [SAMPLE_PHRASES.xls],
    ['物资名称', '单位', '储备数量', ...(ids.length ? ['保管人身份证号'] : [])],
    ['编织袋', '条', 20000, ...ids.slice(0, 1)],
    ['应急照明灯', '台', 120, ...ids.slice(1, 2)],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '物资储备');
  fs.writeFileSync(file, XLSX.write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer);
}

export function ofdFile(file: string, extra = ''): void {
  const ofd = `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>sample</ofd:DocID><ofd:Title>示例</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`;
  const document = `<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>10</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`;
  const line = (id: number, y: number, text: string) =>
    `<ofd:TextObject ID="${id}" Boundary="20 ${y} 170 10" Font="3" Size="5"><ofd:TextCode X="0" Y="5">${text}</ofd:TextCode></ofd:TextObject>`;
  const content = `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">${line(4, 30, `示例省交通运输厅关于印发《${SAMPLE_PHRASES.ofd}》的通知`)}${line(5, 50, '各市交通运输局：现将标准印发给你们，请遵照执行。')}${extra ? line(6, 70, extra) : ''}</ofd:Layer></ofd:Content></ofd:Page>`;
  fs.writeFileSync(
    file,
    zipSync({
      'OFD.xml': strToU8(ofd),
      'Doc_0/Document.xml': strToU8(document),
      'Doc_0/Pages/Page_0/Content.xml': strToU8(content),
    }),
  );
}

/** Writes every sample into `dir` under its conventional name. */
export async function makeSamples(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await textPdf(path.join(dir, '附件1-桥梁隧道防汛巡查责任清单.pdf'), true);
  await imagePdf(path.join(dir, '附件2-盖章扫描件.pdf'));
  await docxFile(path.join(dir, '附件3-质量监督申报须知.docx'));
  await xlsxFile(path.join(dir, '附件4-养护里程核定表.xlsx'));
  ofdFile(path.join(dir, '附件5-执法装备配置标准.ofd'));
  await textPdf(path.join(dir, '附件6-未加标签的说明.pdf'), false);
  docFile(path.join(dir, '附件7-防汛值班人员联络办法.doc'));
  xlsFile(path.join(dir, '附件8-抢险物资储备明细表.xls'));
}

if (import.meta.url === `file://${process.argv[1]}`) await makeSamples(process.argv[2] ?? 'samples');
