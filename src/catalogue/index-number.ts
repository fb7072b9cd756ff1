/**
 * 索引号 (catalogue index numbers): rendering the site's template and
 * assigning numbers to entries that have none.
 *
 * Assignment is deterministic: within a year, entries without a number are
 * ordered by 发布日期 then file id and numbered after the highest explicit
 * serial of that year. `npm run new` writes the number into the file so it
 * never moves again; generated numbers are reported as warnings.
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

/** Returns key → index number for every input, generating the missing ones. */
export function assignIndexNumbers(
  items: readonly NumberedInput[],
  template: string,
  orgCode: string,
): { numbers: Map<string, string>; generated: Set<string> } {
  const pattern = indexNumberPattern(template, orgCode);
  // Serials restart each year only when the year is part of the number.
  const perYear = template.includes('{yyyy}');
  const scope = (year: number) => (perYear ? year : 0);
  const maxSeq = new Map<number, number>();
  const numbers = new Map<string, string>();
  const missing: NumberedInput[] = [];
  for (const item of items) {
    if (item.indexNo) {
      numbers.set(item.key, item.indexNo);
      const m = pattern.exec(item.indexNo);
      if (m?.groups) {
        const year = scope(Number(m.groups.year ?? item.publishDate.slice(0, 4)));
        maxSeq.set(year, Math.max(maxSeq.get(year) ?? 0, Number(m.groups.seq)));
      }
    } else {
      missing.push(item);
    }
  }
  missing.sort((a, b) => (a.publishDate === b.publishDate ? (a.key < b.key ? -1 : 1) : a.publishDate < b.publishDate ? -1 : 1));
  const generated = new Set<string>();
  for (const item of missing) {
    const year = Number(item.publishDate.slice(0, 4));
    const seq = (maxSeq.get(scope(year)) ?? 0) + 1;
    maxSeq.set(scope(year), seq);
    numbers.set(item.key, renderIndexNumber(template, { orgCode, year, seq }));
    generated.add(item.key);
  }
  return { numbers, generated };
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
