/**
 * Line numbers for problems: where in a content file a frontmatter field
 * is written, and where its body starts, so every message can say
 * `content/policies/2025/x.md:7`. Files are parsed for their lines only
 * when a problem needs one (and once per file per run), so a clean run pays
 * nothing and files taken from the check cache are read only when they have
 * a problem. A `LineMemo` keeps the lines found between runs, per file
 * version (size and modification time, as the check cache does): the same
 * warnings and notices of unchanged files are reported on every build, and
 * parsing their frontmatter again for the line was most of a warm check.
 */
import fs from 'node:fs';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { frontmatterOf } from '../catalogue/entry-files.ts';
import { statKey } from '../catalogue/file-digests.ts';
import { RunMemo } from '../fs/run-memo.ts';
import { yamlPathLine } from '../utils/yaml-lines.ts';

interface MemoFile {
  key: string;
  /** What was asked ("f" + field path, "b" body start, "k" + catalogue key) → line. */
  lines: Record<string, number>;
}

/** Lines found in earlier runs, by file and file version; only the files asked about in this run are kept. */
export class LineMemo {
  private readonly memo: RunMemo<MemoFile>;

  /** @param file where the lines are kept between runs; none: nothing is kept. */
  constructor(file?: string) {
    this.memo = new RunMemo(file);
  }

  /** This run's lines of a file, carried over when its version is the one they were found in. */
  of(filePath: string): Record<string, number> | undefined {
    const known = this.memo.next.get(filePath);
    if (known) return known.lines;
    const stat = fs.statSync(filePath, { throwIfNoEntry: false });
    if (!stat) return undefined;
    const key = statKey(stat);
    const before = this.memo.previous.get(filePath);
    const memo: MemoFile = before?.key === key ? before : { key, lines: {} };
    this.memo.next.set(filePath, memo);
    return memo.lines;
  }

  save(): void {
    this.memo.save();
  }
}

interface LocatedFile {
  /** The parsed frontmatter, if the file has any. */
  root: Node | null;
  counter: LineCounter;
  /** Line of the first body line (the line after the closing ---); 1 without frontmatter. */
  bodyStart: number;
  /** File lines before the YAML: 1 for the --- of a Markdown file, 0 for a YAML file. */
  offset: number;
  source: string;
}

export class SourceLines {
  private readonly files = new Map<string, LocatedFile>();

  private readonly sources = new Map<string, string>();

  private readonly memo: LineMemo | undefined;

  /** @param memo lines kept between runs; none: every file with a problem is parsed. */
  constructor(memo?: LineMemo) {
    this.memo = memo;
  }

  /** The line remembered under `what`, else `find()`'s, remembered. */
  private recall(filePath: string, what: string, find: () => number): number {
    const lines = this.memo?.of(filePath);
    if (!lines) return find();
    return (lines[what] ??= find());
  }

  /**
   * Gives the text of a file already read, so it is not read again when a
   * problem needs a line (only for files with problems: valid files are
   * not kept in memory).
   */
  know(filePath: string, source: string): void {
    if (!this.files.has(filePath)) this.sources.set(filePath, source);
  }

  private located(filePath: string): LocatedFile {
    let found = this.files.get(filePath);
    if (found) return found;
    const counter = new LineCounter();
    let source = this.sources.get(filePath);
    this.sources.delete(filePath);
    if (source === undefined) {
      try {
        source = fs.readFileSync(filePath, 'utf8');
      } catch {
        // A file that went away is reported at line 1.
        source = '';
      }
    }
    const isYaml = /\.ya?ml$/i.test(filePath);
    const fm = isYaml ? { text: source, bodyStart: 1 } : frontmatterOf(source);
    let root: Node | null = null;
    if (fm) {
      try {
        root = parseDocument(fm.text, { lineCounter: counter, uniqueKeys: false }).contents;
      } catch {
        root = null;
      }
    }
    found = { root, counter, bodyStart: fm?.bodyStart ?? 1, offset: isYaml ? 0 : 1, source };
    this.files.set(filePath, found);
    return found;
  }

  /**
   * The file line of a frontmatter field (or, in a `.yaml` file, of a
   * setting), e.g. `['attachments', 0, 'file']`; a missing field is
   * reported at line 1, where the frontmatter starts.
   */
  field(filePath: string, path: readonly PropertyKey[]): number {
    if (path.length === 0) return 1;
    return this.recall(filePath, `f${path.map(String).join('\u0000')}`, () => {
      const { root, counter, offset } = this.located(filePath);
      const line = yamlPathLine(root, counter, path);
      return line === undefined ? 1 : line + offset;
    });
  }

  /** The line a YAML map with `key: {key}` starts on (a column of the catalogue tree in site.yaml); 1 if none. */
  keyLine(filePath: string, key: string): number {
    return this.recall(filePath, `k${key}`, () => {
      const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`(^|[\\s{,])key:\\s*["']?${escaped}["']?\\s*([,}#]|$)`);
      const index = this.located(filePath)
        .source.split('\n')
        .findIndex((l) => pattern.test(l));
      return index + 1 || 1;
    });
  }

  /** The file line of the first body line. */
  bodyStart(filePath: string): number {
    return this.recall(filePath, 'b', () => this.located(filePath).bodyStart);
  }
}
