import { describe, expect, it, vi } from 'vitest';
import { entry, setEntries, type MockEntry } from '../../test/support/mock-content.ts';

vi.mock('astro:content', () => import('../../test/support/mock-content.ts').then((m) => m.astroContent));
vi.mock('astro:config/client', () => ({ base: '/' }));

/** The key of `ref`'s page with the content layer holding `entries`. */
async function keyOf(entries: MockEntry[], ref: string, extra?: unknown) {
  setEntries(entries);
  vi.resetModules();
  const catalogue = await (await import('./catalogue.ts')).getCatalogue();
  const { documentPageKey } = await import('./page-keys.ts');
  return documentPageKey(catalogue.byRef.get(ref)!, catalogue, extra);
}

const policy = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  entry('policies', id, { title: `政策 ${id}`, publishDate: date, ...extra });
const site = (opts: { interpretationTitle?: string; newerTitle?: string; otherColumnTitle?: string } = {}) => [
  policy('2025/rules', '2025-03-01 09:00'),
  policy('2025/newer', '2025-04-01 09:00', { title: opts.newerTitle ?? '较新的政策' }),
  entry('interpretations', '2025/rules-qa', {
    policy: '2025/rules',
    title: opts.interpretationTitle ?? '解读',
    publishDate: '2025-03-02 09:00',
  }),
  entry('catalogue', 'ghjh/plan', { title: opts.otherColumnTitle ?? '规划', publishDate: '2025-03-03 09:00' }),
];

describe('documentPageKey', () => {
  it('is the same for the same content', async () => {
    expect(await keyOf(site(), 'policies/2025/rules')).toBe(await keyOf(site(), 'policies/2025/rules'));
  });

  it("changes when a linked interpretation's title changes, on both pages", async () => {
    const renamed = site({ interpretationTitle: '解读（修订）' });
    expect(await keyOf(renamed, 'policies/2025/rules')).not.toBe(await keyOf(site(), 'policies/2025/rules'));
    const policyRenamed = site();
    policyRenamed[0] = policy('2025/rules', '2025-03-01 09:00', { title: '改名的政策' });
    expect(await keyOf(policyRenamed, 'interpretations/2025/rules-qa')).not.toBe(
      await keyOf(site(), 'interpretations/2025/rules-qa'),
    );
  });

  it("changes when the newer neighbour's title changes", async () => {
    expect(await keyOf(site({ newerTitle: '改名' }), 'policies/2025/rules')).not.toBe(
      await keyOf(site(), 'policies/2025/rules'),
    );
  });

  it('does not change when an unlinked entry changes', async () => {
    expect(await keyOf(site({ otherColumnTitle: '另一个标题' }), 'policies/2025/rules')).toBe(
      await keyOf(site(), 'policies/2025/rules'),
    );
  });

  it('changes with the extra part', async () => {
    expect(await keyOf(site(), 'policies/2025/rules', 'a')).not.toBe(await keyOf(site(), 'policies/2025/rules', 'b'));
  });
});

describe('pageKey', () => {
  it('hashes its parts after the site settings', async () => {
    vi.resetModules();
    const { pageKey } = await import('./page-keys.ts');
    expect(pageKey('a', 1)).toMatch(/^[0-9a-f]{40}$/);
    expect(pageKey('a', 1)).toBe(pageKey('a', 1));
    expect(pageKey('a', 1)).not.toBe(pageKey('a', 2));
  });
});
