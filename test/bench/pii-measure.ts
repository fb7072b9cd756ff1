/**
 * Precision and recall of a personal-data detector on the labelled set
 * (test/fixtures/pii-labelled.json, written by pii-labelled-generate.ts).
 * Shared by the benchmark script (pii-bench.ts) and its test.
 *
 * For each class, a true positive is a string labelled with that class in
 * which the detector finds that class; a false positive is a string with
 * another label (or a look-alike) in which it finds that class. A look-alike
 * is right when nothing at all is found in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Label, LabelledItem } from './pii-labelled-generate.ts';

export type Detector = (text: string) => { kind: string }[];

export interface ClassScore {
  name: string;
  items: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Measurement {
  classes: ClassScore[];
  /** Look-alikes in which nothing was found, of all look-alikes. */
  negatives: { items: number; falseAlarms: number; specificity: number; missed: string[] };
  /** Recall of each disguise over all classes. */
  disguises: { kind: string; items: number; found: number }[];
  /** Strings the detector got wrong, for reading. */
  misses: LabelledItem[];
  falseAlarms: LabelledItem[];
}

export const LABELLED_SET = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'pii-labelled.json',
);
const LABELS: Label[] = ['身份证号', '手机号码', '银行卡号'];

export function loadLabelledSet(): LabelledItem[] {
  return JSON.parse(fs.readFileSync(LABELLED_SET, 'utf8')) as LabelledItem[];
}

export function measure(detect: Detector, items: LabelledItem[] = loadLabelledSet()): Measurement {
  const results = items.map((item) => ({ item, kinds: new Set(detect(item.text).map((f) => f.kind)) }));
  const classes = LABELS.map((name): ClassScore => {
    const truePositives = results.filter((r) => r.item.label === name && r.kinds.has(name)).length;
    const falseNegatives = results.filter((r) => r.item.label === name && !r.kinds.has(name)).length;
    const falsePositives = results.filter((r) => r.item.label !== name && r.kinds.has(name)).length;
    return {
      name,
      items: truePositives + falseNegatives,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
      recall: truePositives / Math.max(1, truePositives + falseNegatives),
    };
  });
  const lookAlikes = results.filter((r) => r.item.label === null);
  const alarms = lookAlikes.filter((r) => r.kinds.size > 0);
  const positives = results.filter((r) => r.item.label !== null);
  const kinds = [...new Set(positives.map((r) => r.item.kind))];
  return {
    classes,
    negatives: {
      items: lookAlikes.length,
      falseAlarms: alarms.length,
      specificity: 1 - alarms.length / Math.max(1, lookAlikes.length),
      missed: alarms.map((r) => r.item.kind),
    },
    disguises: kinds.map((kind) => {
      const of = positives.filter((r) => r.item.kind === kind);
      return { kind, items: of.length, found: of.filter((r) => r.kinds.has(r.item.label!)).length };
    }),
    misses: positives.filter((r) => !r.kinds.has(r.item.label!)).map((r) => r.item),
    falseAlarms: results.filter((r) => [...r.kinds].some((k) => k !== r.item.label)).map((r) => r.item),
  };
}
