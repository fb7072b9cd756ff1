/**
 * The script of a document for its pages (utils/han-script.ts decides it), and
 * how a text in 繁體 is shown on a simplified page: converted, with the
 * original kept in `data-hant` for the 繁體 twin (hant/rewrite-page.ts).
 * Stored values (titles, 发文字号, search terms) are never changed: only
 * what a page shows.
 */
import fs from 'node:fs';
import { createConverter, type TextConverter } from '../hant/converter.ts';
import { detectScript, documentScript, toSimplified, type Script } from '../utils/han-script.ts';
import { frontmatterOf } from '../catalogue/entry-files.ts';
import { getSite } from './site.ts';

const known = new Map<string, Script>();

/** The script of a content entry's body: its `script` field, else detected from title and body. */
export function scriptOfEntry(
  filePath: string | undefined,
  data: { title?: string | undefined; script?: string | undefined },
): Script {
  if (!filePath) return data.script === '繁体' ? 'hant' : 'hans';
  const key = `${filePath}\0${data.script ?? ''}`;
  let script = known.get(key);
  if (!script) {
    const source = fs.readFileSync(filePath, 'utf8');
    const fm = frontmatterOf(source);
    const body = fm
      ? source
          .split('\n')
          .slice(fm.bodyStart - 1)
          .join('\n')
      : source;
    script = documentScript(data.script, data.title ?? '', body).script;
    known.set(key, script);
  }
  return script;
}

/** What an element shows on a simplified page, and (`hant`) what its twin shows instead. */
export interface ShownText {
  text: string;
  hant?: string | undefined;
}

/**
 * A title or short text for a simplified page: a 繁體 one (by its document's
 * script when known, else by the text itself) is shown converted.
 */
export function shownOnSimplified(text: string, script?: Script): ShownText {
  const hant = (script ?? detectScript(text).script) === 'hant';
  if (!hant) return { text };
  const simplified = toSimplified(text);
  return simplified === text ? { text } : { text: simplified, hant: text };
}

let toHant: TextConverter | undefined;

/** A simplified text as the 繁體 pages show it (the site's character standard), for a `data-hant` text that joins a 繁體 title. */
export function asOnHantPages(text: string): string {
  toHant ??= createConverter(getSite().hant);
  return toHant(text);
}
