import fs from 'node:fs';
import { oraclePages } from './test/support/recall-oracle.ts';
import { JUDGED } from './test/bench/relevance/judgments.ts';
import { phrasesOf } from './test/bench/relevance/precision.ts';
const pages = oraclePages('content');
const full = JSON.parse(fs.readFileSync('/tmp/i14-rel.json','utf8'));
for (const j of JUDGED) {
  const ph = phrasesOf(j.q); if (!ph.length || j.kind==='文号') continue;
  const exp = pages.filter(p => ph.every(x => p.text.includes(x))).map(p=>p.url);
  const got = new Set(full.lists['现在'][j.q]);
  // lists truncated to 10; only report when expected small
  const miss = exp.filter(u => !got.has(u));
  if (miss.length && exp.length <= 10) console.log(j.q, ph, 'miss', miss);
}
for (const j of JUDGED.filter(j=>j.kind==='问句')) console.log(j.q, full.lists['现在'][j.q], full.lists['之前'][j.q]);
