/**
 * 互动交流 content, sorted once per build: 留言选登 newest reply first with
 * reply-time statistics, 在线访谈 newest first, 征集意见 with their status
 * on the build's date.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { consultationStatus, type ConsultationStatus } from '../utils/consultation-status.ts';
import { paginate } from '../utils/paginate.ts';
import { replyStatsByYear, type YearReplyStats } from '../utils/reply-stats.ts';
import { buildDate } from '../utils/dates.ts';
import { getSite } from './site.ts';

export type LetterEntry = CollectionEntry<'letters'>;
export type InterviewEntry = CollectionEntry<'interviews'>;
export interface ConsultationItem {
  entry: CollectionEntry<'consultations'>;
  status: ConsultationStatus;
}

export interface Interaction {
  today: string;
  letters: LetterEntry[];
  replyStats: YearReplyStats[];
  replyDays: number;
  interviews: InterviewEntry[];
  /** Open ones first (closing soonest first), then the rest newest first. */
  consultations: ConsultationItem[];
}

const byDesc =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0;

let cached: Promise<Interaction> | undefined;

export function getInteraction(): Promise<Interaction> {
  cached ??= (async () => {
    const today = buildDate();
    const replyDays = getSite().interaction?.replyDays ?? 10;
    const letters = (await getCollection('letters')).sort(byDesc((l) => `${l.data.replyDate}${l.id}`));
    const interviews = (await getCollection('interviews')).sort(byDesc((i) => `${i.data.date}${i.id}`));
    const rank = { 正在征集: 0, 未开始: 1, 已结束: 2 } as const;
    const consultations = (await getCollection('consultations'))
      .map((entry) => ({ entry, status: consultationStatus(entry.data, today) }))
      .sort(
        (a, b) =>
          rank[a.status] - rank[b.status] ||
          (a.status === '正在征集'
            ? a.entry.data.endDate < b.entry.data.endDate
              ? -1
              : 1
            : byDesc<ConsultationItem>((c) => c.entry.data.publishDate)(a, b)),
      );
    return {
      today,
      letters,
      replyStats: replyStatsByYear(
        letters.map((l) => l.data),
        replyDays,
      ),
      replyDays,
      interviews,
      consultations,
    };
  })();
  return cached;
}

/** Props of a 互动交流 section route: a page of its list, or one item. */
export type SectionProps<T> =
  { kind: 'list'; page: number; totalPages: number; items: T[] } | { kind: 'item'; item: T };

/** The paths of a section: /hdjl/{section}/, …/p2/ … (pageSize a page), and one page per item. */
export function sectionPaths<T>(items: readonly T[], id: (item: T) => string) {
  const lists = paginate(items, getSite().pageSize).map(([page, slice], _i, all) => ({
    params: { path: page > 1 ? `p${page}` : undefined },
    props: { kind: 'list', page, totalPages: all.length, items: slice } as SectionProps<T>,
  }));
  return [
    ...lists,
    ...items.map((item) => ({ params: { path: id(item) }, props: { kind: 'item', item } as SectionProps<T> })),
  ];
}
