/** The catalogue schema: every item names its 信息公开目录 column. */
import { describe, expect, it } from 'vitest';
import { catalogueItemSchema } from '../../../src/schemas/catalogue-item.ts';
import { FILE, baseDocument, expectOneProblem, parsed, problemsOf } from '../../support/schema-problems.ts';

const goodCatalogueItem = { ...baseDocument, category: 'ghjh' };

describe('catalogue schema', () => {
  it('accepts a good catalogue item', () => {
    const out = parsed(catalogueItemSchema, { ...goodCatalogueItem, category: ' ghjh ' });
    expect(out.category).toBe('ghjh');
    expect(out.publisher).toEqual(['示例省交通运输厅']);
  });

  it('rejects an empty category', () => {
    expectOneProblem(
      catalogueItemSchema,
      { ...goodCatalogueItem, category: '' },
      {
        field: '所属栏目（category）',
        expected: '不能为空，应填写目录栏目代码（见 content/site.yaml 的 catalogue），例如 ghjh',
        found: '空白',
      },
      'content/catalogue/ghjh/x.md',
    );
  });

  it('requires a category', () => {
    const { category: _omit, ...noCategory } = goodCatalogueItem;
    expect(problemsOf(catalogueItemSchema, noCategory)).toEqual([
      {
        file: FILE,
        field: '所属栏目（category）',
        expected: '必填项；应填写目录栏目代码（见 content/site.yaml 的 catalogue），例如 ghjh',
        found: '未填写',
      },
    ]);
  });
});
