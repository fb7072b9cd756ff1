/**
 * 互动交流 content, sorted once per build: 留言选登 newest reply first with
 * reply-time statistics, 在线访谈 newest first, 征集意见 with their status
 * on the build's date.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { consultationStatus, type ConsultationStatus } from '../utils/consultation-status.ts';
import { replyStatsByYear, type YearReplyStats } from '../utils/reply-stats.ts';
import { buildToday } from '../utils/today.ts';
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

const byDesc = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0);

let cached: Promise<Interaction> | undefined;

export function getInteraction(): Promise<Interaction> {
  cached ??= (async () => {
    const today = buildToday();
    const replyDays = getSite().interaction?.replyDays ?? 10;
    const letters = (await getCollection('letters')).sort(byDesc((l) => `${l.data.replyDate}${l.id}`));
    const interviews = (await getCollection('interviews')).sort(byDesc((i) => `${i.data.date}${i.id}`));
    const rank = { 正在征集: 0, 未开始: 1, 已结束: 2 } as const;
    const consultations = (await getCollection('consultations'))
      .map((entry) => ({ entry, status: consultationStatus(entry.data, today) }))
      .sort((a, b) =>
        rank[a.status] - rank[b.status] ||
        (a.status === '正在征集' ? (a.entry.data.endDate < b.entry.data.endDate ? -1 : 1) : byDesc<ConsultationItem>((c) => c.entry.data.publishDate)(a, b)),
      );
    return { today, letters, replyStats: replyStatsByYear(letters.map((l) => l.data), replyDays), replyDays, interviews, consultations };
  })();
  return cached;
}
