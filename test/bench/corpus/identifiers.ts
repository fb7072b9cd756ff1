/**
 * What identifies a document: its 索引号 and 发文字号, its file id (the path
 * inside its collection folder) and the URL of its page.
 */
import type { Doc } from './document.ts';
import { publishers, themes } from './phrases.ts';
import type { Rng } from './random.ts';

const ORG_CODE = '11990000MB0000001X';
/** A year folder with more entries than this is split by month. */
const FOLDER_LIMIT = 1800;

/** 索引号 for every disclosure document, numbered per publication year in date order, and 发文字号 where wanted. */
export function assignIndexNumbers(r: Rng, docs: Doc[]): void {
  const disclosure = docs
    .filter((d) => d.coll !== 'news')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  const seqByYear = new Map<number, number>();
  const docNoSerial = new Map<string, number>();
  for (const d of disclosure) {
    const seq = (seqByYear.get(d.year) ?? 0) + 1;
    seqByYear.set(d.year, seq);
    d.indexNo = `${ORG_CODE}/${d.year}-${String(seq).padStart(5, '0')}`;
    if (!d.wantDocNo) continue;
    const code = publishers[d.pub]!.code;
    const agency =
      d.kind === '规章'
        ? `${code}令`
        : d.kind === '行政规范性文件'
          ? `${code}规`
          : d.category === 'xzcf'
            ? `${code}罚`
            : d.category === 'xzxk'
              ? `${code}许`
              : d.genre === '函' || d.genre === '批复'
                ? `${code}函`
                : r.pick([`${code}发`, `${code}办`, `${code}发`, `${code}运`]);
    const y = Number((d.written ?? d.date).slice(0, 4));
    const key = `${agency}|${y}`;
    const serial = (docNoSerial.get(key) ?? 0) + (r.chance(0.25) ? r.int(2, 3) : 1);
    docNoSerial.set(key, serial);
    d.docNo = `${agency}〔${y}〕${serial}号`;
  }
}

/** File ids: catalogue/<key>/<yyyy>, news/<yyyy>/<mm>, others <yyyy>, with a month folder when a year is too full. */
export function assignFileIds(docs: Doc[]): void {
  const folderOf = (d: Doc) => {
    const y = String(d.year);
    switch (d.coll) {
      case 'catalogue':
        return `${d.category}/${y}`;
      case 'news':
        return `${y}/${d.date.slice(5, 7)}`;
      default:
        return y;
    }
  };
  const folderCounts = new Map<string, number>();
  for (const d of docs) {
    const key = `${d.coll}/${folderOf(d)}`;
    folderCounts.set(key, (folderCounts.get(key) ?? 0) + 1);
  }
  for (const d of docs) {
    const folder = folderOf(d);
    const split = d.coll !== 'news' && (folderCounts.get(`${d.coll}/${folder}`) ?? 0) > FOLDER_LIMIT;
    const slug = themes[d.theme]!.slug;
    const name =
      d.coll === 'news'
        ? `${d.column}-${slug}-${d.i}`
        : d.coll === 'reports'
          ? `${({ 年度报告: 'annual-report', 工作要点: 'openness-work-points', 预决算: 'budget', 其他报告: 'report' } as const)[d.reportType!]}-${d.i}`
          : `${slug}-${d.i}`;
    d.id = `${folder}${split ? `/${d.date.slice(5, 7)}` : ''}/${name}`;
  }
}

/** The page URL the site builds for a document. */
export const urlOf = (d: Doc) =>
  d.coll === 'news' ? `/xwzx/${d.column}/${d.id}/` : `/xxgk/${d.indexNo!.replaceAll('/', '-')}/`;
