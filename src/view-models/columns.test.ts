import { describe, expect, it, vi } from 'vitest';
import { flattenCatalogue } from '../catalogue/catalogue-tree.ts';
import { loadSiteSettings } from '../schemas/site-settings.ts';
import { contentRoot } from '../utils/content-root.ts';
import '../../test/support/mock-content.ts';

vi.mock('astro:config/client', () => ({ base: '/gk/' }));
const { columnMeta, columnTrail, CATALOGUE_NAME, HUB_NAME } = await import('./columns.ts');

const columns = flattenCatalogue(loadSiteSettings(contentRoot()).catalogue);

describe('columnTrail', () => {
  it('walks 政务公开 › 法定主动公开内容 › parent › column under the base path', () => {
    const trail = columnTrail(columns, 'gz');
    expect(trail.map((c) => c.name)).toEqual([HUB_NAME, CATALOGUE_NAME, columns.get('zcwj')!.node.name, '规章']);
    expect(trail.map((c) => c.href)).toEqual([
      '/gk/zwgk/',
      '/gk/zwgk/fdzdgknr/',
      '/gk/zwgk/fdzdgknr/zcwj/',
      '/gk/zwgk/fdzdgknr/gz/',
    ]);
  });

  it('stops at the catalogue for an unknown column, and has no parent step for a top column', () => {
    expect(columnTrail(columns, 'nope').map((c) => c.name)).toEqual([HUB_NAME, CATALOGUE_NAME]);
    expect(columnTrail(columns, 'ghjh')).toHaveLength(3);
  });
});

describe('columnMeta', () => {
  it("takes the column's type, or its parent's, and names the parent in the keywords", () => {
    const gz = columnMeta(columns.get('gz')!);
    expect(gz).toMatchObject({ name: '规章', type: '政策文件' });
    expect(gz.keywords).toBe(`规章,${columns.get('zcwj')!.node.name},${CATALOGUE_NAME}`);
    const jyta = columnMeta(columns.get('jyta')!);
    expect(jyta.type).toBe('建议提案办理');
    expect(jyta.description).toBe('建议提案办理');
  });
});
