/**
 * 索引号 (catalogue index numbers): rendering the site's template and
 * deciding every published entry's number.
 *
 * A number, once published, is the page's URL (/xxgk/{索引号}/), so it must
 * never move when another document is added, edited, back-dated or removed.
 * The rule, in the order it is applied:
 *   1. the `indexNo` written in the file (what `npm run new` writes);
 *   2. else the number recorded for the file in the site's register,
 *      `content/index-numbers.txt` (index-registry.ts), which `npm run new`
 *      and `npm run number` append to and the editor commits;
 *   3. else a provisional number: within its year, after the highest serial
 *      written in a file or recorded in the register (numbers of deleted
 *      files included, so none is handed out twice), by 发布日期 then file
 *      id. Provisional numbers can move, so each one is a warning (an error
 *      with GONGKAI_STRICT=1) until `npm run number` records it.
 * A file whose written number differs from its recorded one is reported
 * with both URLs (`changed`), never silently renumbered.
 *
 * Why a register and not a number derived from the file (a hash of its path,
 * its date): a 5-digit serial leaves 100,000 values a year, so hashes of a
 * few thousand files collide (birthday bound), and any rule that resolves
 * collisions or counts by date needs to know which files came first — which
 * is exactly the memory a register keeps. The register is plain text, one
 * line a file, sorted by path: an editor can read it, a merge rarely
 * conflicts, and 100,000 lines parse in well under a second.
 */

export interface IndexTemplateInput {
  orgCode: string;
  year: number;
  seq: number;
}

export function renderIndexNumber(template: string, { orgCode, year, seq }: IndexTemplateInput): string {
  return template
    .replaceAll('{orgCode}', orgCode)
    .replaceAll('{yyyy}', String(year))
    .replace(/\{seq(?::0?(\d+))?\}/g, (_m, width?: string) => String(seq).padStart(Number(width ?? 0), '0'));
}

/** A regular expression that recognises numbers made by the template, capturing year and serial. */
export function indexNumberPattern(template: string, orgCode: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const parts = template.split(/(\{orgCode\}|\{yyyy\}|\{seq(?::0?\d+)?\})/);
  const body = parts
    .map((part) => {
      if (part === '{orgCode}') return escape(orgCode);
      if (part === '{yyyy}') return '(?<year>\\d{4})';
      if (part.startsWith('{seq')) return '(?<seq>\\d+)';
      return escape(part);
    })
    .join('');
  return new RegExp(`^${body}$`);
}

/** The key 索引号 assignment uses for an entry: the same in the checker, the pages and the search index. */
export const entryKey = (e: { collection: string; id: string }) => `${e.collection}/${e.id}`;

export interface NumberedInput {
  key: string;
  indexNo?: string | undefined;
  publishDate: string;
}

/** A written number that differs from the one the register recorded for the same file. */
export interface ChangedIndexNumber {
  key: string;
  registered: string;
  written: string;
}

/**
 * Returns key → index number for every input: written, else registered
 * (`registered`: entry key → number, every line of the register, files
 * since deleted included), else provisional (`generated`).
 */
export function assignIndexNumbers(
  items: readonly NumberedInput[],
  template: string,
  orgCode: string,
  registered: ReadonlyMap<string, string> = new Map(),
): { numbers: Map<string, string>; generated: Set<string>; changed: ChangedIndexNumber[] } {
  const pattern = indexNumberPattern(template, orgCode);
  // Serials restart each year only when the year is part of the number.
  const perYear = template.includes('{yyyy}');
  const scope = (year: number) => (perYear ? year : 0);
  const maxSeq = new Map<number, number>();
  const count = (indexNo: string, publishDate: string | undefined) => {
    const m = pattern.exec(indexNo);
    if (!m?.groups) return;
    const year = scope(Number(m.groups.year ?? publishDate?.slice(0, 4) ?? 0));
    maxSeq.set(year, Math.max(maxSeq.get(year) ?? 0, Number(m.groups.seq)));
  };
  // A registered number without {yyyy} in the template counts in scope 0, where the year is ignored anyway.
  for (const indexNo of registered.values()) count(indexNo, undefined);
  const numbers = new Map<string, string>();
  const changed: ChangedIndexNumber[] = [];
  const missing: NumberedInput[] = [];
  for (const item of items) {
    const recorded = registered.get(item.key);
    if (item.indexNo) {
      numbers.set(item.key, item.indexNo);
      count(item.indexNo, item.publishDate);
      if (recorded !== undefined && recorded !== item.indexNo)
        changed.push({ key: item.key, registered: recorded, written: item.indexNo });
    } else if (recorded !== undefined) {
      numbers.set(item.key, recorded);
    } else {
      missing.push(item);
    }
  }
  missing.sort((a, b) =>
    a.publishDate === b.publishDate ? (a.key < b.key ? -1 : 1) : a.publishDate < b.publishDate ? -1 : 1,
  );
  const generated = new Set<string>();
  for (const item of missing) {
    const year = Number(item.publishDate.slice(0, 4));
    const seq = (maxSeq.get(scope(year)) ?? 0) + 1;
    maxSeq.set(scope(year), seq);
    numbers.set(item.key, renderIndexNumber(template, { orgCode, year, seq }));
    generated.add(item.key);
  }
  return { numbers, generated, changed };
}

/**
 * The number a new entry published in `year` gets (`npm run new`): one
 * after the highest serial of that year among `existing` (explicit and
 * generated numbers alike, so it collides with neither).
 */
export function nextIndexNumber(existing: Iterable<string>, template: string, orgCode: string, year: number): string {
  const pattern = indexNumberPattern(template, orgCode);
  const perYear = template.includes('{yyyy}');
  let max = 0;
  for (const indexNo of existing) {
    const m = pattern.exec(indexNo);
    if (!m?.groups) continue;
    if (perYear && Number(m.groups.year) !== year) continue;
    max = Math.max(max, Number(m.groups.seq));
  }
  return renderIndexNumber(template, { orgCode, year, seq: max + 1 });
}
