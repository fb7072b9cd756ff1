/**
 * The smallest valid front matter of each collection, for tests that put one
 * field of their own into an otherwise valid entry. `interpretations` names
 * the fixture's 2025/freight-rules policy, so it is valid only beside it.
 */
import type { CollectionName } from '../../src/schemas/collections.ts';

const DISCLOSURE = {
  title: '通知',
  publisher: '示例省交通运输厅',
  publishDate: '2025-03-10 09:30',
  topic: '工业、交通\\公路',
};

export const MINIMAL_ENTRIES: Partial<Record<CollectionName, Record<string, unknown>>> = {
  policies: { ...DISCLOSURE, kind: '其他文件' },
  interpretations: { ...DISCLOSURE, policy: '2025/freight-rules' },
  catalogue: { ...DISCLOSURE, category: 'ghjh' },
  news: { title: '会议', column: 'zwdt', publishDate: '2025-04-02 16:20', source: '办公室' },
  pages: { title: '关于我们', updated: '2025-01-01' },
  letters: {
    title: '建议',
    channel: '厅长信箱',
    writer: '王先生',
    receivedDate: '2025-09-01',
    replyDate: '2025-09-05',
    handler: '运输处',
  },
  interviews: { title: '访谈', date: '2025-06-01 10:00', guests: ['副厅长 李某某'] },
  consultations: {
    title: '草案',
    publishDate: '2025-06-01 09:00',
    startDate: '2025-06-01',
    endDate: '2025-06-30',
    unit: '法规处',
    feedbackEmail: 'fg@example.gov.cn',
  },
};
