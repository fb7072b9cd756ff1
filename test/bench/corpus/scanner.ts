/** Finds the query terms in every generated page, for the search ground truth. */

/** Terms on more pages than this are not used as queries. */
export const GROUND_TRUTH_CAP = 200;

export interface Term {
  text: string;
  kind: 'needle' | 'common' | 'short';
  /** The folded (simplified) form looked for in folded page text. */
  pattern: string;
  /** Traditional form for `traditional` queries; undefined when it folds back to something else or equals the term. */
  trad?: string;
  count: number;
  docs: number[];
  active: boolean;
  lastDoc: number;
}

/**
 * Finds the query terms in each page's searchable text as it is generated.
 * Terms found on more than GROUND_TRUTH_CAP pages are dropped from the scan
 * (they will not be used as queries), which keeps the scan cheap.
 */
export class Scanner {
  terms: Term[] = [];
  /** char code → term indexes whose pattern starts with it. */
  byFirst = new Map<number, number[]>();
  /** Needle doc index → every non-needle term it contains. */
  needleDocTerms = new Map<number, Set<number>>();

  constructor(
    needleTerms: string[],
    common: string[],
    short: string[],
    fold: (s: string) => string,
    toTrad: (s: string) => string,
  ) {
    const seen = new Set<string>();
    const add = (text: string, kind: Term['kind']) => {
      const pattern = fold(text);
      if (seen.has(pattern)) return;
      seen.add(pattern);
      const trad = toTrad(text);
      this.terms.push({
        text,
        kind,
        pattern,
        trad: trad !== text && fold(trad) === pattern ? trad : undefined,
        count: 0,
        docs: [],
        active: true,
        lastDoc: -1,
      });
    };
    for (const t of needleTerms) add(t, 'needle');
    for (const t of short) add(t, 'short');
    for (const t of common) add(t, 'common');
    this.terms.forEach((term, ti) => {
      const c = term.pattern.charCodeAt(0);
      const list = this.byFirst.get(c);
      if (list) list.push(ti);
      else this.byFirst.set(c, [ti]);
    });
  }

  private deactivate(ti: number): void {
    const term = this.terms[ti]!;
    term.active = false;
    term.docs = [];
    const c = term.pattern.charCodeAt(0);
    const list = (this.byFirst.get(c) ?? []).filter((k) => k !== ti);
    if (list.length) this.byFirst.set(c, list);
    else this.byFirst.delete(c);
  }

  /** `text` is the page's folded title and body; `doc` its index. */
  scan(text: string, doc: number): void {
    let needleHit = false;
    const byFirst = this.byFirst;
    for (let i = 0; i < text.length; i++) {
      const list = byFirst.get(text.charCodeAt(i));
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const ti = list[k]!;
        const term = this.terms[ti]!;
        if (!term.active || term.lastDoc === doc || !text.startsWith(term.pattern, i)) continue;
        term.lastDoc = doc;
        term.count++;
        if (term.kind === 'needle') needleHit = true;
        if (term.count <= GROUND_TRUTH_CAP || term.kind === 'needle') term.docs.push(doc);
        else this.deactivate(ti); // later positions use the shortened list
      }
    }
    if (needleHit) {
      const found = new Set<number>();
      this.terms.forEach((term, ti) => {
        if (term.kind !== 'needle' && text.includes(term.pattern)) found.add(ti);
      });
      this.needleDocTerms.set(doc, found);
    }
  }
}

/**
 * The search oracle's folding (test/support/recall-oracle.ts): NFKC, lower
 * case, then OpenCC Traditional → Simplified. Converting every page would
 * dominate the run time, so simplified pages are only converted when they
 * hold a character the converter changes (著, 沈 …); NFKC and lower case
 * never change CJK terms.
 */
export function makeFolder(toSimplified: (s: string) => string): (text: string, traditional: boolean) => string {
  const unstable = new Map<number, boolean>();
  const fold = (s: string) => toSimplified(s.normalize('NFKC').toLowerCase());
  return (text, traditional) => {
    if (traditional) return fold(text);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x3400) continue;
      let u = unstable.get(c);
      if (u === undefined) {
        const ch = String.fromCharCode(c);
        u = toSimplified(ch) !== ch;
        unstable.set(c, u);
      }
      if (u) return fold(text);
    }
    return text;
  };
}
