/**
 * What the content check needs to know about a Markdown body, gathered in
 * one pass over its lines: personal data (anywhere, code blocks included:
 * they are published too), images and links (outside code). Each with the
 * file line it is on. The facts depend on the file alone, so they are kept
 * in the check cache beside the frontmatter; the checks that compare them
 * with the rest of the site (does the image file exist, does the page a
 * link points to exist) run every time.
 */
import { forbiddenChar } from '../utils/control-chars.ts';
import { findPersonalData, type PersonalDataKind } from './personal-data.ts';

export interface BodyRef {
  /** File line. */
  line: number;
  /** Link text, or an image's alt text. */
  text: string;
  /** Where it points, as written. */
  target: string;
}

export interface BodyFinding {
  line: number;
  kind: PersonalDataKind;
  masked: string;
}

/** A control character in the body (control-chars.ts), with its line and column. */
export interface BodyControl {
  line: number;
  char: string;
  position: number;
}

/** Personal data in a frontmatter field (check-personal-data.ts), found when the file is checked and cached with it. */
export interface FieldFinding {
  path: (string | number)[];
  kind: PersonalDataKind;
  masked: string;
}

export interface BodyFacts {
  personalData: BodyFinding[];
  /** Personal data in the frontmatter's text fields; absent: not looked for yet (computed when reported). */
  fields?: FieldFinding[];
  /** Absent in facts cached before control characters were checked (the cache is renewed with the code anyway). */
  controls?: BodyControl[];
  images: BodyRef[];
  links: BodyRef[];
  /** Characters of title and body that exist only in 繁體 / only in 简体 (utils/han-script.ts). */
  script?: { traditional: number; simplified: number };
}

export const NO_FACTS: BodyFacts = { personalData: [], images: [], links: [] };

// ![alt](target "title") and [text](target "title"); a target may be wrapped in <>, or hold balanced parentheses.
const TARGET = String.raw`\(\s*(?:<([^>\n]*)>|((?:[^\s()]|\([^\s()]*\))*))(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)`;
const IMAGE = new RegExp(String.raw`!\[((?:[^\[\]\\]|\\.)*)\]` + TARGET, 'g');
const LINK = new RegExp(String.raw`(?<![!\\])\[((?:[^\[\]\\]|\\.|!\[(?:[^\[\]\\]|\\.)*\]\([^)]*\))*)\]` + TARGET, 'g');
// [label]: target — a reference definition (the target may be wrapped in <>).
const DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*(?:<([^>\n]*)>|(\S+))/;
// ![alt][label], ![alt][] and ![alt]: an image whose target is a reference definition (not followed by "(").
const REFERENCE_IMAGE = /!\[((?:[^[\]\\]|\\.)*)\](?:\[((?:[^[\]\\]|\\.)*)\])?(?![([])/g;
/** Reference labels match case-insensitively, with runs of white space as one. */
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Longer lines are not searched for code spans (that search is quadratic at worst). */
const CODE_SPAN_LIMIT = 10_000;

/** The text of a line with inline code spans blanked out (same length, so positions stay). */
function withoutCode(line: string): string {
  if (!line.includes('`') || line.length > CODE_SPAN_LIMIT) return line;
  return line.replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length));
}

/** @param body the text after the frontmatter; @param firstLine the file line it starts on. */
export function scanBody(body: string, firstLine: number): BodyFacts {
  const facts: BodyFacts = { personalData: [], images: [], links: [] };
  const definitions = new Map<string, BodyRef>();
  const referenceImages: (BodyRef & { label: string })[] = [];
  let fence: string | undefined;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = firstLine + i;
    for (const f of findPersonalData(raw)) facts.personalData.push({ line, kind: f.kind, masked: f.masked });
    // The body is rendered from the file as it is, so even Word's line breaks are reported here (a CR before LF is a line end).
    const control = forbiddenChar(raw.replace(/\r$/, ''), true);
    if (control) (facts.controls ??= []).push({ line, ...control });
    const opening = FENCE.exec(raw);
    if (fence) {
      if (opening && opening[1]!.startsWith(fence[0]!) && opening[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening[1];
      continue;
    }
    if (!raw.includes('](') && !raw.includes(']:') && !raw.includes('![')) continue;
    const text = withoutCode(raw);
    for (const m of text.matchAll(IMAGE))
      facts.images.push({ line, text: m[1]!.trim(), target: (m[2] ?? m[3] ?? '').trim() });
    for (const m of text.matchAll(LINK))
      facts.links.push({ line, text: m[1]!.trim(), target: (m[2] ?? m[3] ?? '').trim() });
    if (text.includes('![')) {
      for (const m of text.matchAll(REFERENCE_IMAGE))
        referenceImages.push({ line, text: m[1]!.trim(), target: '', label: m[2] || m[1]! });
    }
    const definition = DEFINITION.exec(text);
    if (definition) {
      const ref = { line, text: definition[1]!.trim(), target: (definition[2] ?? definition[3]!).trim() };
      facts.links.push(ref);
      if (!definitions.has(labelKey(ref.text))) definitions.set(labelKey(ref.text), ref);
    }
  }
  // An HTML comment over several lines joins the text on either side for the search index (search/plain-text.ts):
  // the gate reads that joined line too, reported on the line the comment starts.
  if (body.includes('<!--')) {
    for (const m of body.matchAll(/<!--[\s\S]*?-->/g)) {
      if (!m[0].includes('\n')) continue;
      const start = body.lastIndexOf('\n', m.index) + 1;
      const end = body.indexOf('\n', m.index + m[0].length);
      const joined = body.slice(start, m.index) + body.slice(m.index + m[0].length, end < 0 ? undefined : end);
      const line = firstLine + body.slice(0, m.index).split('\n').length - 1;
      for (const f of findPersonalData(joined)) {
        if (!facts.personalData.some((p) => p.kind === f.kind && p.masked === f.masked))
          facts.personalData.push({ line, kind: f.kind, masked: f.masked });
      }
    }
    facts.personalData.sort((a, b) => a.line - b.line);
  }
  // Reference images are known once every definition has been read; those without one are plain text.
  // A definition an image uses names an image file, not a page: it is checked as the image, not as a link.
  if (referenceImages.length) {
    const imageDefinitions = new Set<BodyRef>();
    for (const { label, ...image } of referenceImages) {
      const definition = definitions.get(labelKey(label));
      if (!definition) continue;
      facts.images.push({ ...image, target: definition.target });
      imageDefinitions.add(definition);
    }
    facts.images.sort((a, b) => a.line - b.line);
    facts.links = facts.links.filter((l) => !imageDefinitions.has(l));
  }
  return facts;
}
