/**
 * generateCorpus: plan every document, then write the folder, scanning each
 * page for the ground truth as it is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { groundTruth, scanPages } from './ground-truth.ts';
import { allNeedles } from './needles.ts';
import type { CorpusOptions, CorpusSummary } from './options.ts';
import { urlOf } from './identifiers.ts';
import { CorpusOutput, copySite, prepareOut } from './output.ts';
import { commonTerms, publishers, shortTerms } from './phrases.ts';
import { planCorpus } from './plan.ts';
import { makeFolder, Scanner } from './scanner.ts';
import { readSite } from './site.ts';
import { writeDocuments } from './write-documents.ts';

/** Attachments go on non-news documents (about 70 % of them): 0.28 of those is about 20 % of all documents. */
const DEFAULT_ATTACHMENT_SHARE = 0.28;

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function generateCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const started = performance.now();
  const seed = options.seed ?? 42;
  const N = Math.max(0, Math.floor(options.docs));
  const source = path.resolve(options.sourceContent ?? path.join(REPO, 'content'));
  const out = path.resolve(options.out);
  const warnings: string[] = [];

  prepareOut(out);
  const site = readSite(path.join(source, 'site.yaml'));
  const conv = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const foldText = makeFolder(toSimplified);
  const foldTerm = (t: string) => toSimplified(t.normalize('NFKC').toLowerCase());
  const docs = planCorpus({
    seed,
    docs: N,
    site,
    traditionalShare: options.traditionalShare ?? 0.05,
    mdxShare: options.mdxShare ?? 0.1,
    attachmentShare: options.attachmentShare ?? DEFAULT_ATTACHMENT_SHARE,
  });

  fs.mkdirSync(out, { recursive: true });
  const output = new CorpusOutput();
  copySite(source, out, output, seed, N);

  const scanner = new Scanner(
    allNeedles,
    commonTerms.concat(publishers.map((p) => p.name)),
    shortTerms,
    foldTerm,
    conv,
  );
  const pageUrls = scanPages(scanner, out, foldText, N);
  const pages = fs
    .readdirSync(path.join(out, 'pages'), { recursive: true })
    .filter((f) => /\.mdx?$/.test(String(f))).length;
  const tally = await writeDocuments(docs, {
    seed,
    out,
    output,
    conv,
    foldText,
    scanner,
    attachments: (options.attachmentShare ?? DEFAULT_ATTACHMENT_SHARE) > 0,
  });

  const gt = groundTruth(scanner, docs, N, pageUrls, seed, warnings);
  // Phrases only in attachments, in 简体 and 繁體: the search must find the document's attachment.
  tally.needles.forEach((needle, i) => {
    const expectedUrls = [urlOf(docs[needle.doc]!)];
    gt.push({
      id: `attachment-${String(i + 1).padStart(3, '0')}`,
      query: needle.phrase,
      kind: 'attachment',
      expectedUrls,
    });
    gt.push({
      id: `attachment-trad-${String(i + 1).padStart(3, '0')}`,
      query: conv(needle.phrase),
      kind: 'attachment-trad',
      expectedUrls,
    });
  });
  await output.writeText(path.join(out, 'ground-truth.json'), JSON.stringify(gt, null, 1) + '\n');
  await output.flush();

  const queryKinds: Record<string, number> = {};
  for (const x of gt) queryKinds[x.kind] = (queryKinds[x.kind] ?? 0) + 1;
  const summary: CorpusSummary = {
    out: path.relative(process.cwd(), out) || '.',
    seed,
    docs: docs.length,
    counts: { ...tally.counts, pages },
    traditional: tally.traditional,
    mdx: tally.mdx,
    attachments: tally.attachments,
    attachmentBytes: tally.attachmentBytes,
    files: output.files,
    bytes: output.bytes,
    queries: gt.length,
    queryKinds,
    warnings,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
  if (options.print) console.log(JSON.stringify(summary));
  return summary;
}
