import { oraclePages } from './test/support/recall-oracle.ts';
const pages = oraclePages('content');
for (const q of process.argv.slice(2)) {
  console.log('## '+q);
  for (const p of pages) { const n = p.text.split(q).length-1; if (n) console.log(n, p.url, p.text.slice(0, p.text.indexOf('\n')).slice(0,60)); }
}
