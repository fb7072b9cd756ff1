/**
 * `npm run bench:pii`: the personal-data detector's precision and recall on
 * the labelled set, per class and per disguise.
 *
 *   npm run bench:pii                         # the detector of this tree
 *   npm run bench:pii -- --detector /tmp/old/personal-data.ts   # another one (e.g. an older version)
 *
 * A detector module exports `findPersonalData(text)`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadLabelledSet, measure, type Detector } from './pii-measure.ts';

const flag = process.argv.indexOf('--detector');
const modulePath = flag >= 0 ? path.resolve(process.argv[flag + 1]!) : path.resolve('src/checks/personal-data.ts');
const { findPersonalData } = (await import(pathToFileURL(modulePath).href)) as { findPersonalData: Detector };

const items = loadLabelledSet();
const m = measure(findPersonalData, items);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(`Detector: ${path.relative(process.cwd(), modulePath)}; labelled set: ${items.length} strings\n`);
console.log('| class | strings | found | missed | false positives | precision | recall |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const c of m.classes)
  console.log(
    `| ${c.name} | ${c.items} | ${c.truePositives} | ${c.falseNegatives} | ${c.falsePositives} | ${pct(c.precision)} | ${pct(c.recall)} |`,
  );
const n = m.negatives;
console.log(
  `| look-alikes (negatives) | ${n.items} | — | — | ${n.falseAlarms} | — | specificity ${pct(n.specificity)} |`,
);
const all = m.classes.reduce(
  (s, c) => ({ tp: s.tp + c.truePositives, fp: s.fp + c.falsePositives, fn: s.fn + c.falseNegatives }),
  { tp: 0, fp: 0, fn: 0 },
);
console.log(
  `| all personal data | ${all.tp + all.fn} | ${all.tp} | ${all.fn} | ${all.fp} | ${pct(all.tp / Math.max(1, all.tp + all.fp))} | ${pct(all.tp / Math.max(1, all.tp + all.fn))} |`,
);
console.log('\n| disguise | strings | recall |');
console.log('|---|---:|---:|');
for (const d of m.disguises) console.log(`| ${d.kind} | ${d.items} | ${pct(d.found / d.items)} |`);
if (m.falseAlarms.length)
  console.log(`\nFalse alarms:\n${m.falseAlarms.map((i) => `  ${i.kind}: ${JSON.stringify(i.text)}`).join('\n')}`);
if (process.argv.includes('--misses'))
  console.log(`\nMissed:\n${m.misses.map((i) => `  ${i.label} ${i.kind}: ${JSON.stringify(i.text)}`).join('\n')}`);
