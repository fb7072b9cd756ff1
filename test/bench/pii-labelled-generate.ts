/**
 * Writes test/fixtures/pii-labelled.json, the labelled set the personal-data
 * detector is measured on (pii-bench.ts, test/unit/pii-labelled.test.ts).
 *
 * Written from the definitions of the formats, not from the detector: the
 * check digits are computed here by their standards (GB 11643-1999 for the
 * 居民身份证号码, ISO/IEC 7812 Luhn for card numbers, GB 32100-2015 for the
 * 统一社会信用代码), and every number is made up from a seeded generator (no
 * real person's number). Each positive carries exactly one number in one
 * disguise; each negative is something an official text is full of that must
 * not be taken for personal data.
 *
 *   node test/bench/pii-labelled-generate.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Label = '身份证号' | '手机号码' | '银行卡号';
export interface LabelledItem {
  text: string;
  /** The kind of personal data the text holds, or null for a look-alike. */
  label: Label | null;
  /** The disguise (positives) or the kind of look-alike (negatives). */
  kind: string;
}

// mulberry32: a small seeded generator, so the set is the same on every run.
let seed = 20261207;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** GB 11643-1999: weights 2^(17-i) mod 11, check character from the sum mod 11. */
function idCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'[sum % 11]!;
}
function makeId(region: string, y: number, m: number, d: number, wantX = false): string {
  for (;;) {
    const first17 = `${region}${y}${pad(m, 2)}${pad(d, 2)}${digits(3)}`;
    const check = idCheck(first17);
    if ((check === 'X') === wantX) return first17 + check;
  }
}

/** Luhn: the digit that makes the doubled-alternate sum a multiple of 10. */
function luhnCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
const makeCard = (prefix: string, length: number) => {
  const body = prefix + digits(length - 1 - prefix.length);
  return body + luhnCheck(body);
};
const breakLuhn = (card: string) =>
  card.slice(0, -1) + String((Number(card.at(-1)) + 1 + Math.floor(random() * 8)) % 10);

/** GB 32100-2015: 31-character alphabet, weights 3^i mod 31. */
const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function makeCreditCode(first2: string, region: string, org: string): string {
  const first17 = first2 + region + org;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC.indexOf(first17[i]!) * (3 ** i % 31);
  return first17 + USCC[(31 - (sum % 31)) % 31];
}

// Mobile prefixes of the MIIT numbering plan.
const MOBILE_PREFIXES = [
  '130',
  '133',
  '135',
  '138',
  '139',
  '147',
  '150',
  '153',
  '158',
  '166',
  '176',
  '177',
  '180',
  '185',
  '189',
  '191',
  '198',
  '199',
];
const makeMobile = () => pick(MOBILE_PREFIXES) + digits(8);

const FULL_WIDTH = (s: string) =>
  s.replace(/[0-9A-Za-z ]/g, (c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
const group = (n: string, sizes: number[], sep: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(n.slice(at, at + size));
    at += size;
  }
  if (at < n.length) parts.push(n.slice(at));
  return parts.filter(Boolean).join(sep);
};
const entities = (s: string) => [...s].map((c) => `&#${c.charCodeAt(0)};`).join('');

/** Each disguise an editor (or a paste) produces, as a function of the number and its natural groups. */
function disguises(n: string, sizes: number[]): [string, string][] {
  const spaced = group(n, sizes, ' ');
  return [
    ['plain', n],
    ['full-width', FULL_WIDTH(n)],
    ['full-width grouped', FULL_WIDTH(spaced)],
    ['spaces', spaced],
    ['hyphens', group(n, sizes, '-')],
    ['dots', group(n, sizes, '.')],
    ['en dashes', group(n, sizes, ' – ')],
    ['zero-width space', group(n, sizes, '\u200b')],
    ['word joiner and soft hyphen', group(n, sizes, '\u2060\u00ad')],
    ['Markdown emphasis', `**${n.slice(0, sizes[0])}**${n.slice(sizes[0])}`],
    ['Markdown emphasis inside', group(n, sizes, '_').replace(/_/, '*').replace(/_/, '*')],
    ['decimal entities', entities(n.slice(0, 4)) + n.slice(4)],
    ['entity separators', group(n, sizes, '&nbsp;')],
    ['zero-width entity', group(n, sizes, '&#8203;')],
    ['HTML tags', `<span>${n.slice(0, sizes[0])}</span><b>${n.slice(sizes[0])}</b>`],
    ['backslash escapes', group(n, sizes, '\\-')],
    ['code span', `\`${n}\``],
    ['link target', `[点此联系](tel:${n})`],
  ];
}

const CONTEXTS = ['{}', '联系人：王某某，{}。', '申请人（{}）已提交材料', '请拨打{}咨询', '{} 张某某'];

const items: LabelledItem[] = [];
function positives(label: Label, numbers: string[], sizes: number[]): void {
  for (const n of numbers) {
    for (const [kind, text] of disguises(n, sizes))
      items.push({ text: pick(CONTEXTS).replace('{}', text), label, kind });
  }
}

const regions = ['110105', '310104', '410102', '440305', '510107', '650102', '370202', '320106'];
const ids = regions.map((r, i) =>
  makeId(
    r,
    1950 + Math.floor(random() * 55),
    1 + Math.floor(random() * 12),
    1 + Math.floor(random() * 28),
    i % 3 === 0,
  ),
);
positives('身份证号', ids, [6, 8]);
const mobiles = Array.from({ length: 8 }, makeMobile);
positives('手机号码', mobiles, [3, 4]);
for (const m of mobiles.slice(0, 4))
  items.push(
    { text: `手机 +86 ${m}`, label: '手机号码', kind: '+86' },
    { text: `+86-${group(m, [3, 4], '-')}`, label: '手机号码', kind: '+86' },
  );
const cards = [
  makeCard('622202', 16),
  makeCard('621700', 19),
  makeCard('4', 16),
  makeCard('5', 16),
  makeCard('622848', 19),
  makeCard('6259', 16),
];
positives('银行卡号', cards, [4, 4, 4, 4]);

// Look-alikes.
const negative = (kind: string, ...texts: string[]) => texts.forEach((text) => items.push({ text, label: null, kind }));
const orgCode = makeCreditCode('11', '990000', 'MB0000001');
for (let i = 0; i < 6; i++)
  negative(
    '索引号',
    `索引号：${orgCode.slice(0, 8)}${orgCode.slice(8)}/${2015 + i}-${pad(1 + Math.floor(random() * 99999), 5)}`,
  );
negative('索引号', '索引号 000014349/2017-00110', '索引号：11410000005184541Y/2024-00012', 'A01-2024-000123');
negative(
  '发文字号',
  '示交规〔2024〕13号',
  '国办发〔2017〕47号',
  '示交运〔2025〕138号',
  '豫交文〔2023〕1号',
  '示政办发〔2026〕12号',
);
negative(
  'date',
  '2024-03-08',
  '2024-03-08 10:30',
  '20240308',
  '2024年3月8日 09:30',
  '2024.03.08',
  '2024/03/08',
  '成文日期 2026-03-02，发布日期 2026年3月9日',
  '2019 2020 2021 2022 2023 2024',
);
negative(
  'office phone',
  '0371-65912345',
  '(0371)65912345',
  '0371 6591 2345',
  '010-12345678',
  '0990-8812 3456',
  '400-123-4567',
  '800-820-1234',
  '0371-65912345-8001',
  '传真：0371-65912346',
  '（０３７１）６５９１２３４５',
  '0755-8312 3456',
);
negative('hotline', '12328', '12345', '服务热线 12328、12345', '95588', '110', '96777');
negative('邮编', '邮编 450000', '邮政编码：100010', '450000 郑州市');
for (const [first2, region] of [
  ['91', '410100'],
  ['12', '410000'],
  ['11', '410000'],
  ['91', '440300'],
  ['52', '110105'],
  ['93', '650102'],
] as const) {
  negative(
    '统一社会信用代码',
    `统一社会信用代码 ${makeCreditCode(first2, region, first2 === '11' || first2 === '12' ? digits(9) : `MA${digits(3)}${'ABCDE'[Math.floor(random() * 5)]}${digits(3)}`)}`,
  );
}
negative(
  'amount',
  '项目投资 13800000000 元',
  '罚款 13800000000元',
  '1,381,234,567.00元',
  '合计 138,123,456,789 元',
  '15912345678万元',
  '0.5',
  '-3',
  '预算 1,234,567.89 万元',
);
negative(
  'invalid ID',
  ...ids.map((id) => id.slice(0, 17) + (id[17] === '0' ? '1' : id[17] === 'X' ? '0' : 'X')),
  ...ids
    .slice(0, 4)
    .map((id) => group(id.slice(0, 17) + (id[17] === '5' ? '6' : '5'), [6, 8], ' '))
    .filter((s, i) => s.replace(/ /g, '') !== ids[i]),
);
negative(
  'invalid ID date',
  `${ids[0]!.slice(0, 10)}1332${ids[0]!.slice(14)}`,
  `${ids[1]!.slice(0, 6)}18001301${ids[1]!.slice(14)}`,
);
negative(
  'invalid card',
  ...cards.map(breakLuhn),
  ...cards.slice(0, 3).map((c) => group(breakLuhn(c), [4, 4, 4, 4], ' ')),
);
negative(
  'not a mobile prefix',
  '12012345678',
  '10012345678',
  '14012345678',
  '11012345678',
  '16012345678',
  '120 1234 5678',
);
negative(
  'masked',
  '138****5678',
  '1101**********1233',
  '6222 **** **** 7894',
  '手机：139****0000',
  '身份证：4101**********002X',
);
negative(
  'longer code',
  '流水号 913812345678',
  '流水号 1381234567890',
  '订单号 1381234567812345',
  '时间戳 1735689600000',
  '文号 2026-13812345678-01',
  `编号 ${ids[2]}1`,
  `ABC${mobiles[0]}`,
  `${mobiles[1]}ABC`,
);
negative(
  'licence and plates',
  '交运管许可豫字410100000123号',
  '豫交运管郑字410102012345号',
  '车架号 LSVAM4187C2184847',
  '豫A12345',
  'ISBN 978-7-111-12345-6',
  '道路运输证号 410102004567',
);
negative('coordinates and versions', '113.6253, 34.7466', 'v13.8.1234', '1.3812345678', '3.1415926535897932');
negative(
  'table of counts',
  '| 138 | 1234 | 5678 |',
  '收到 13 件，办结 12 件，按期 11 件',
  '2021年 3500 4200 5100 6300',
);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pii-labelled.json');
  fs.writeFileSync(out, `${JSON.stringify(items, null, 1)}\n`);
  const count = (l: Label | null) => items.filter((i) => i.label === l).length;
  console.log(
    `${items.length} strings: 身份证号 ${count('身份证号')}, 手机号码 ${count('手机号码')}, 银行卡号 ${count('银行卡号')}, look-alikes ${count(null)} → ${path.relative(process.cwd(), out)}`,
  );
}
