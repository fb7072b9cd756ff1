/**
 * Which attachments have their text read, by extension. Apart from the
 * readers (extract.ts) so that the build's main process, which only asks
 * this question, does not load every reader's library at start-up: ExcelJS
 * and SheetJS's code pages alone took about a second of CPU in every build
 * (docs/benchmarks-build.md). The readers run in the extraction workers.
 */

/** Extensions whose text is read (lower case, no dot); extract.ts has a reader for each. */
export const READABLE_TYPES = ['pdf', 'ofd', 'docx', 'doc', 'xlsx', 'xls'] as const;

const readable: ReadonlySet<string> = new Set(READABLE_TYPES);

export const isReadable = (ext: string) => readable.has(ext.toLowerCase());
