import { describe, expect, it, vi } from 'vitest';
import { entry, setEntries } from '../../test/support/mock-content.ts';

vi.mock('astro:content', () => import('../../test/support/mock-content.ts').then((m) => m.astroContent));

async function load() {
  vi.resetModules();
  return import('./interaction.ts');
}

// The unit project sets GONGKAI_TODAY to 2026-06-01.
const consultation = (id: string, startDate: string, endDate: string, publishDate = `${startDate} 09:00`) =>
  entry('consultations', id, { startDate, endDate, publishDate });

describe('getInteraction', () => {
  it('puts open consultations first (closing soonest first), then the rest newest first', async () => {
    setEntries([
      consultation('closed-old', '2025-01-01', '2025-01-31'),
      consultation('open-late', '2026-05-01', '2026-06-30'),
      consultation('future', '2026-07-01', '2026-07-31', '2026-05-20 09:00'),
      consultation('open-soon', '2026-05-10', '2026-06-05'),
      consultation('closed-new', '2026-03-01', '2026-03-31'),
    ]);
    const { consultations } = await (await load()).getInteraction();
    expect(consultations.map((c) => [c.entry.id, c.status])).toEqual([
      ['open-soon', '正在征集'],
      ['open-late', '正在征集'],
      ['future', '未开始'],
      ['closed-new', '已结束'],
      ['closed-old', '已结束'],
    ]);
  });

  it('sorts letters by reply date and interviews by date, newest first', async () => {
    setEntries([
      entry('letters', 'l1', { receivedDate: '2025-09-01', replyDate: '2025-09-03' }),
      entry('letters', 'l2', { receivedDate: '2025-09-01', replyDate: '2025-09-09' }),
      entry('interviews', 'i1', { date: '2025-01-01 10:00' }),
      entry('interviews', 'i2', { date: '2025-06-01 10:00' }),
    ]);
    const interaction = await (await load()).getInteraction();
    expect(interaction.letters.map((l) => l.id)).toEqual(['l2', 'l1']);
    expect(interaction.interviews.map((i) => i.id)).toEqual(['i2', 'i1']);
    expect(interaction.today).toBe('2026-06-01');
  });
});

describe('sectionPaths', () => {
  const paths = async (n: number) => {
    setEntries([]);
    const { sectionPaths } = await load();
    const items = Array.from({ length: n }, (_, i) => `item-${i + 1}`);
    const all = sectionPaths(items, (s) => s);
    return { lists: all.filter((p) => p.props.kind === 'list'), items: all.filter((p) => p.props.kind === 'item') };
  };

  it('keeps 20 items on one page and starts a second page at the 21st', async () => {
    const twenty = await paths(20);
    expect(twenty.lists.map((p) => p.params.path)).toEqual([undefined]);
    const twentyOne = await paths(21);
    expect(twentyOne.lists.map((p) => p.params.path)).toEqual([undefined, 'p2']);
    const last = twentyOne.lists[1]!.props;
    expect(last.kind === 'list' && [last.page, last.totalPages, last.items]).toEqual([2, 2, ['item-21']]);
    expect(twentyOne.items.map((p) => p.params.path)).toContain('item-21');
    expect(twentyOne.items).toHaveLength(21);
  });
});
