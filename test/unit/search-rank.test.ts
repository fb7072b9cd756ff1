/**
 * The query plan (phrases and their index pairs), phrase adjacency from term
 * positions, and the re-rank of results: unit tests without a browser.
 */
import { describe, expect, it } from 'vitest';
import { buildCharMap } from '../../src/utils/search-char-map.ts';
import { recordContent } from '../../src/search/index-shard.ts';
import { queryTerms, tokenize } from '../../src/utils/search-tokenize.ts';
import { adjacency, confirmedByText } from '../../src/browser/search/adjacency.ts';
import { planQuery, searchableQuery } from '../../src/browser/search/query-plan.ts';
import { compareRanked, relevance, type RankInput } from '../../src/browser/search/rank.ts';

const t2s = buildCharMap();

/** Positions of each query term in a record's index content, as Pagefind reports them. */
function positions(text: string, title: string, query: string): Map<string, number[]> {
  const words = recordContent(
    tokenize(`${title}\n${text}`, t2s).map((t) => t.term),
    tokenize(title, t2s).map((t) => t.term),
    [],
  ).split(' ');
  const map = new Map<string, number[]>();
  for (const term of queryTerms(query, t2s))
    map.set(
      term,
      words.flatMap((w, i) => (w === term ? [i] : [])),
    );
  return map;
}

describe('planQuery', () => {
  it('makes a chain of the pairs the index is asked for, with their offsets', () => {
    const plan = planQuery('网站审批平台', t2s);
    expect(plan.chains).toHaveLength(1);
    expect(plan.chains[0]!.offsets).toEqual([0, 2, 4]);
    expect(plan.chains[0]!.terms).toEqual(queryTerms('网站审批平台', t2s));
    // 依申请公开: pairs 0, 2 and the last one (3).
    expect(planQuery('依申请公开', t2s).chains[0]!.offsets).toEqual([0, 2, 3]);
    // Two characters are one term: nothing to chain.
    expect(planQuery('港口', t2s).chains).toEqual([]);
  });

  it('takes quoted text as one exact part and leaves question words out', () => {
    expect(planQuery('“道路运输” 许可', t2s).quoted).toEqual(['道路运输']);
    expect(searchableQuery('怎么申请政府信息公开？', t2s)).toBe('申请政府信息公开');
    expect(searchableQuery('怎麼申請', t2s)).toBe(searchableQuery('申請', t2s));
  });

  it('knows an identifier query', () => {
    expect(planQuery('示交规〔2025〕3号', t2s).identifier).toBe(true);
    expect(planQuery('道路运输', t2s).identifier).toBe(false);
  });
});

describe('adjacency', () => {
  const plan = planQuery('网站审批平台', t2s);

  it('rejects a record where the pairs occur apart (the issue: 网站, 审批, 平台 apart)', () => {
    const text = '本厅网站已改版。行政审批事项按时办结。统一平台上线运行。';
    expect(adjacency(plan, positions(text, '通知', '网站审批平台'))).toBe('apart');
    expect(confirmedByText(plan, `通知\n${text}`, true, 'apart')).toBe(false);
  });

  it('accepts a record with the phrase, in the body or in the title', () => {
    expect(adjacency(plan, positions('依托网站审批平台办理。', '通知', '网站审批平台'))).toBe('adjacent');
    expect(adjacency(plan, positions('正文没有。', '关于网站审批平台的通知', '网站审批平台'))).toBe('adjacent');
  });

  it('finds the phrase after terms repeated beyond what the index keeps', () => {
    const text = `${'网站、审批、平台。'.repeat(5)}最后是网站审批平台。`;
    const found = adjacency(plan, positions(text, '通知', '网站审批平台'));
    // The phrase sits after the kept occurrences: it cannot be seen in the positions, so it stays plausible.
    expect(found).toBe('plausible');
    expect(confirmedByText(plan, `通知\n${text}`, true, found)).toBe(true);
  });

  it('requires a quoted phrase exactly in the text when the text is the whole record', () => {
    const quoted = planQuery('"审批平台"', t2s);
    expect(confirmedByText(quoted, '通知\n审批和平台', true, 'plausible')).toBe(false);
    expect(confirmedByText(quoted, '通知\n审批平台', true, 'plausible')).toBe(true);
  });
});

describe('relevance', () => {
  const doc = (over: Partial<RankInput>): RankInput => ({
    url: '/x/',
    title: '',
    foldedText: '',
    relativeScore: 0.5,
    ...over,
  });
  const score = (query: string, d: RankInput) => relevance(d, planQuery(query, t2s), t2s);

  it('puts a title match above a scattered body match', () => {
    const title = doc({ title: '关于做好冬季道路运输安全生产工作的通知', kind: 'policy', relativeScore: 0.2 });
    const letter = doc({ title: '建议修路', foldedText: '道路……运输', kind: 'interaction', relativeScore: 1 });
    expect(score('道路运输', title)).toBeGreaterThan(score('道路运输', letter));
  });

  it('puts the document whose title (or 《name》) the query is first', () => {
    const policy = doc({ title: '示例省交通运输厅关于印发《示例省港口经营管理规定》的通知', kind: 'policy' });
    const jd = doc({ title: '《示例省港口经营管理规定》政策解读', kind: 'interpretation', relativeScore: 1 });
    const draft = doc({
      title: '关于公开征求《示例省港口经营管理规定（草案征求意见稿）》意见的公告',
      kind: 'news',
      relativeScore: 1,
    });
    const q = '示例省港口经营管理规定';
    expect(score(q, policy)).toBeGreaterThan(score(q, jd));
    expect(score(q, jd)).toBeGreaterThan(score(q, draft));
  });

  it('puts a document before the records of its own attachments, which carry its title', () => {
    const title = '示例省道路运输经营者信用评价管理办法';
    const policy = doc({ title, kind: 'policy', docNo: '示交规〔2025〕3号', relativeScore: 0.3 });
    const file = doc({
      title,
      kind: 'policy',
      docNo: '示交规〔2025〕3号',
      attachment: '附件1：信用评价指标（PDF）',
      foldedText: '道路运输经营者信用评价指标',
      relativeScore: 1,
    });
    expect(score(title, policy)).toBeGreaterThan(score(title, file));
    expect(score('示交规〔2025〕3号', policy)).toBeGreaterThan(score('示交规〔2025〕3号', file));
    // A phrase only in the attachment still finds the attachment's record.
    expect(score('信用评价指标', file)).toBeGreaterThan(0);
  });

  it('puts 现行有效 above 废止, policies above news and letters', () => {
    const base = { title: '道路运输管理办法', foldedText: '道路运输' };
    expect(score('道路运输', doc({ ...base, kind: 'policy', validity: '有效' }))).toBeGreaterThan(
      score('道路运输', doc({ ...base, kind: 'policy', validity: '废止' })),
    );
    expect(score('道路运输', doc({ ...base, kind: 'policy' }))).toBeGreaterThan(
      score('道路运输', doc({ ...base, kind: 'news' })),
    );
    expect(score('道路运输', doc({ ...base, kind: 'news' }))).toBeGreaterThan(
      score('道路运输', doc({ ...base, kind: 'interaction' })),
    );
    // Unless the reader filtered by 有效性.
    const plan = planQuery('道路运输', t2s);
    expect(relevance(doc({ ...base, validity: '废止' }), plan, t2s, true)).toBe(
      relevance(doc({ ...base, validity: '有效' }), plan, t2s, true),
    );
  });

  it('breaks ties by date, newest first, then by URL, whatever the input order', () => {
    const items = [
      { score: 5, date: '2024-01-01', url: '/b/' },
      { score: 5, date: '2025-01-01', url: '/c/' },
      { score: 5, date: '2025-01-01', url: '/a/' },
      { score: 9, date: '2020-01-01', url: '/z/' },
    ];
    const order = (xs: typeof items) => [...xs].sort(compareRanked).map((x) => x.url);
    expect(order(items)).toEqual(['/z/', '/a/', '/c/', '/b/']);
    expect(order([...items].reverse())).toEqual(['/z/', '/a/', '/c/', '/b/']);
  });
});
