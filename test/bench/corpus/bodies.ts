/** The body of each kind of document, in the shape such a document has on a real portal. */
import { chineseDate, cnNumber } from './calendar.ts';
import { list, paragraph, push, sections, sentence, table, type BodyBuilder, type GenCtx } from './body-builder.ts';
import { docCore, type Doc } from './document.ts';
import { DEPT, publishers, themes } from './phrases.ts';
import { nonDirective, themeOf } from './profiles.ts';
import { fillSlots } from './slots.ts';

export function policyBody(g: GenCtx, b: BodyBuilder, target: number, docs: Doc[]): void {
  const d = g.doc;
  const pub = publishers[d.pub]!;
  const genre = d.genre ?? '通知';
  if (d.kind === '规章') {
    rulesBody(g, b, target);
  } else {
    if (!nonDirective.has(genre) && genre !== '批复' && genre !== '函') {
      const addressee =
        pub.level === 'dept' || pub.level === 'unit'
          ? '各市（州）交通运输局，厅属各单位：'
          : pub.level === 'city'
            ? '各县（市、区）交通运输局，局属各单位：'
            : '各乡（镇）人民政府，局属各单位：';
      push(b, addressee);
    } else if (genre === '批复' || genre === '函') {
      push(
        b,
        `${fillSlots(g.r.pick(['{company}', '{city}交通运输局', '{county}人民政府', '示例省公路事业发展中心']), g.r, g.slots)}：`,
      );
    }
    const purpose = (g.r.chance(0.3) && !d.subject.startsWith('进一步') ? '进一步' : '') + d.subject;
    const verb =
      genre === '意见'
        ? '提出如下意见'
        : genre === '批复'
          ? '批复如下'
          : genre === '函'
            ? '函复如下'
            : genre === '通报'
              ? '通报如下'
              : genre === '通告' || genre === '公告'
                ? `${genre}如下`
                : '通知如下';
    push(
      b,
      `为${purpose}，根据${fillSlots('{law}', g.r, g.slots)}等有关规定，结合${pub.place ?? '我省'}实际，现就有关事项${verb}。${sentence(g, b)}`,
      true,
    );
    sections(g, b, target, { first: genre === '意见' ? ['总体要求'] : [] });
    const closing =
      d.kind === '行政规范性文件'
        ? `本${genre === '意见' ? '意见' : genre === '通告' || genre === '公告' ? genre : '通知'}自${chineseDate(d.effectiveDate ?? d.date.slice(0, 10))}起施行，有效期${g.r.int(2, 5)}年。`
        : g.r.pick(['请各单位认真贯彻执行。', '特此通知。', '执行中如有问题，请及时反馈。', '请结合实际抓好落实。']);
    const replaced = (d.replaces ?? []).map((k) => `《${docCore(docs[k]!)}》`).join('、');
    push(b, closing + (replaced ? `${replaced}同时废止。` : ''), true);
  }
  push(b, d.joint ? `${pub.name}　${d.joint}` : pub.name);
  push(b, chineseDate(d.written ?? d.date.slice(0, 10)));
}

function rulesBody(g: GenCtx, b: BodyBuilder, target: number): void {
  const chapters = ['总则', g.theme.headings[0] ?? '管理', g.theme.headings[1] ?? '监督检查', '法律责任', '附则'];
  let article = 1;
  push(
    b,
    `（${chineseDate(g.doc.date.slice(0, 10))}${publishers[g.doc.pub]!.name}第${cnNumber(g.r.int(1, 9))}次厅务会议审议通过）`,
  );
  for (let c = 0; c < chapters.length; c++) {
    push(b, `## 第${cnNumber(c + 1)}章　${chapters[c]}`);
    const n = c === chapters.length - 1 ? 2 : b.bytes < target ? g.r.int(2, 5) : 1;
    for (let k = 0; k < n; k++) {
      const text =
        c === 0 && k === 0
          ? `为了${g.doc.subject.replace(/^(进一步|切实|深入|认真|全面)/, '')}，根据${fillSlots('{law}', g.r, g.slots)}等法律法规，结合本省实际，制定本办法。`
          : c === chapters.length - 1 && k === n - 1
            ? `本办法自${chineseDate(g.doc.effectiveDate ?? g.doc.date.slice(0, 10))}起施行。`
            : paragraph(g, b, 1, 3);
      push(b, `第${cnNumber(article++)}条　${text}`, true);
    }
    if (g.doc.table && c === 1) table(g, b);
  }
}

/** 政策解读 bodies: text, graphic, Q&A, interview, video. */
export function interpretationBody(g: GenCtx, b: BodyBuilder, target: number, docs: Doc[]): void {
  const d = g.doc;
  const policy = docs[d.policy!]!;
  const core = docCore(policy);
  const pubName = publishers[policy.pub]!.name;
  if (d.form === '问答') {
    const questions = [
      `《${core}》出台的背景是什么？`,
      '适用范围是什么？',
      '主要内容有哪些？',
      '与原有规定相比有哪些变化？',
      '对企业和群众有什么影响？',
      '如何保障各项措施落实？',
      '申请人需要准备哪些材料？',
      '什么时候开始施行？',
      '执行中遇到问题向哪里反映？',
    ];
    let q = 0;
    while (q < questions.length && (q < 3 || b.bytes < target)) {
      push(b, `## ${cnNumber(q + 1)}问：${questions[q]}`);
      push(b, `答：${paragraph(g, b, 1, 3)}`, true);
      if (q === 2 && g.r.chance(0.4)) push(b, list(g, true));
      if (q === 3 && d.table) table(g, b);
      q++;
    }
    if (d.table && b.tables === 0) table(g, b);
    return;
  }
  const lead =
    d.form === '访谈'
      ? `近日，${pubName}印发《${core}》。${pubName}有关负责同志${fillSlots('{person}', g.r, g.slots)}接受采访，就有关问题回答了记者提问。`
      : `近日，${pubName}印发了《${core}》（以下简称《文件》）。为便于社会公众理解，现就有关内容解读如下。`;
  push(b, lead + sentence(g, b), true);
  const headings =
    d.form === '图解'
      ? [
          '图解一：为什么出台',
          '图解二：适用哪些对象',
          '图解三：有哪些主要措施',
          '图解四：怎么办理',
          '图解五：什么时候施行',
        ]
      : ['起草背景', '起草依据', '主要内容', '主要创新', '适用范围', '施行时间', '下一步工作'];
  sections(g, b, target, { headings, first: [headings[0]!], maxSections: headings.length });
}

export function newsBody(g: GenCtx, b: BodyBuilder, target: number): void {
  const d = g.doc;
  const m = Number(d.date.slice(5, 7));
  const day = Math.max(1, Number(d.date.slice(8, 10)) - g.r.int(0, 3));
  const pubName = publishers[d.pub]!.name;
  const events = [
    `召开${g.r.pick(['全省', ''])}${g.theme.name}工作推进会`,
    `组织开展${g.theme.name}专项督导`,
    `举行${g.theme.name}工作新闻发布会`,
    `召开${g.theme.name}工作座谈会`,
    `部署${g.theme.name}重点工作`,
    `对${g.theme.name}工作开展调研`,
  ];
  if (d.column === 'tzgg') {
    const kind = g.r.pick(['关于', '关于公开征求', '关于开展', '关于做好']);
    push(
      b,
      `${kind === '关于公开征求' ? '为广泛听取社会各界意见，' : ''}根据工作安排，现将${d.subject}有关事项公告如下。${sentence(g, b)}`,
      true,
    );
    sections(g, b, target, {
      headings: ['时间安排', '参加范围', '工作要求', '意见反馈方式', '联系方式', ...g.theme.headings],
      maxSections: 8,
    });
    push(b, `${pubName}`);
    push(b, chineseDate(d.date.slice(0, 10)));
    return;
  }
  push(b, `${m}月${day}日，${pubName}${g.r.pick(events)}。${sentence(g, b)}${sentence(g, b)}`, true);
  const withHeadings = g.r.chance(0.55);
  let s = 0;
  while (s < 2 || b.bytes < target) {
    if (withHeadings)
      push(
        b,
        `## ${g.r.pick(['聚焦', '突出', '强化', '狠抓'])}${g.r.pick(g.theme.headings).replace(/^(强化|加强|推进|提升|规范|完善)/, '')}`,
      );
    push(b, paragraph(g, b), true);
    if (s === 1 && g.r.chance(0.5)) {
      push(
        b,
        `“${sentence(g, b).replace(/。$/, '')}。”${fillSlots('{person}', g.r, g.slots)}${g.r.pick(['说', '介绍', '表示'])}。`,
        true,
      );
    }
    if (s === 1 && d.table) table(g, b);
    if (s === 2 && g.r.chance(0.3)) push(b, list(g, false));
    if (++s > 10) break;
  }
  if (d.table && b.tables === 0) table(g, b);
  push(b, `${g.r.pick(['据了解', '下一步', '会议要求', '据介绍'])}，${sentence(g, b)}`, true);
}

export function catalogueBody(g: GenCtx, b: BodyBuilder, target: number): void {
  const d = g.doc;
  const intro: Record<string, string> = {
    jgzn: `${publishers[d.pub]!.name}是负责本行政区域交通运输管理工作的${publishers[d.pub]!.level === 'unit' ? '厅属单位' : '行政机关'}，现将机构职能等信息公开如下。`,
    tjxx: `根据交通运输统计报表制度，现将${d.year}年有关统计数据发布如下。`,
    xzxk: '根据《中华人民共和国行政许可法》和政府信息公开有关规定，现将行政许可办理结果公开如下。',
    xzcf: '根据《中华人民共和国行政处罚法》第四十八条规定，现将具有一定社会影响的行政处罚决定信息公开如下。',
    zfcg: '根据《中华人民共和国政府采购法》有关规定，现将政府采购有关信息公开如下。',
    zdjsxm: '现将重大建设项目批准和实施情况公开如下。',
    rsxx: '根据公务员录用和事业单位公开招聘有关规定，现将有关事项公告如下。',
    jyta: `${fillSlots('{person}', g.r, g.slots)}代表（委员）：您提出的关于${d.subject}的建议（提案）收悉，现答复如下。`,
    qzqd: '根据权责清单管理有关规定，现将本单位权责事项公布如下，实行动态调整。',
  };
  push(b, `${intro[d.category ?? ''] ?? '现将有关情况公开如下。'}${sentence(g, b)}`, true);
  sections(g, b, target);
  if (d.category === 'jyta')
    push(
      b,
      `感谢您对交通运输工作的关心和支持。联系人：${fillSlots('{person}', g.r, g.slots)}，联系电话：0990-8812${g.r.int(1000, 9999)}。`,
      true,
    );
}

export function reportBody(g: GenCtx, b: BodyBuilder, target: number): void {
  const d = g.doc;
  const pubName = publishers[d.pub]!.name;
  const finance = themes[themeOf('finance')]!;
  const openness = themes[themeOf('openness')]!;
  switch (d.reportType) {
    case '预决算': {
      const isFinal = d.title.includes('决算');
      push(
        b,
        `按照预算公开有关规定，现将${pubName}${d.reportYear}年部门${isFinal ? '决算' : '预算'}公开如下。${sentence(g, b)}`,
        true,
      );
      sections(g, b, target, {
        headings: [
          '部门职责及机构设置',
          `收支${isFinal ? '决算' : '预算'}总体情况`,
          '一般公共预算财政拨款支出情况',
          '“三公”经费支出情况',
          '政府采购情况',
          '国有资产占用情况',
          '预算绩效管理情况',
          '名词解释',
        ],
        first: ['部门职责及机构设置'],
      });
      if (b.tables === 0) table(g, b, finance.table);
      return;
    }
    case '工作要点':
      push(
        b,
        `${d.reportYear}年是${g.r.pick(['全面贯彻落实', '深入推进', '巩固拓展'])}政务公开工作的关键之年。为做好本年度政务公开工作，制定本要点。${sentence(g, b)}`,
        true,
      );
      sections(g, b, target, {
        headings: [
          '围绕中心工作加强政策发布',
          '加强政策解读和回应关切',
          '推进重点领域信息公开',
          '规范依申请公开',
          '加强平台建设',
          '强化组织保障',
        ],
      });
      return;
    case '年度报告':
      push(
        b,
        `本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为${d.reportYear}年1月1日至12月31日。本报告可在${DEPT}门户网站“政府信息公开年报”栏目查阅。${sentence(g, b)}`,
        true,
      );
      if (g.doc.statistics) {
        // The six mandated sections, all of them, in order; the tables are data.
        const all = [
          '总体情况',
          '主动公开政府信息情况',
          '收到和处理政府信息公开申请情况',
          '政府信息公开行政复议、行政诉讼情况',
          '存在的主要问题及改进情况',
          '其他需要报告的事项',
        ];
        sections(g, b, target, { headings: all, first: all, maxSections: 6, every: true });
        return;
      }
      sections(g, b, target, {
        headings: [
          '总体情况',
          '主动公开政府信息情况',
          '收到和处理政府信息公开申请情况',
          '政府信息公开行政复议、行政诉讼情况',
          '存在的主要问题及改进情况',
          '其他需要报告的事项',
        ],
        first: ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况'],
        maxSections: 6,
      });
      if (b.tables === 0) table(g, b, openness.table);
      return;
    default:
      push(b, `现将${pubName}${d.reportYear}年${d.subject}情况报告如下。${sentence(g, b)}`, true);
      sections(g, b, target, {
        headings: ['主要工作情况', '取得的成效', '存在的问题', '下一步工作安排', ...g.theme.headings],
        first: ['主要工作情况'],
      });
  }
}
