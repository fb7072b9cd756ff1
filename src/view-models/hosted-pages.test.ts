import { describe, expect, it, vi } from 'vitest';
import { entry, setEntries } from '../../test/support/mock-content.ts';

vi.mock('astro:content', () => import('../../test/support/mock-content.ts').then((m) => m.astroContent));
const { hostedPage, HOSTED_PAGES } = await import('./hosted-pages.ts');

describe('hostedPage', () => {
  it("returns the page's data and rendered content", async () => {
    setEntries([{ ...entry('pages', 'ysqgk', { title: '依申请公开' }), body: '申请须知' }, entry('pages', 'about')]);
    const page = await hostedPage('ysqgk');
    expect(page?.data.title).toBe('依申请公开');
    expect((page!.Content as unknown as () => string)()).toBe('申请须知');
  });

  it('is undefined when the site has no such page', async () => {
    setEntries([entry('pages', 'ysqgk')]);
    expect(await hostedPage('hdjl')).toBeUndefined();
    expect(HOSTED_PAGES).toEqual(['ysqgk', 'hdjl']);
  });
});
