import { describe, expect, it } from 'vitest';
import { listStateSearch, readListState } from './url-state.ts';

const SORT = { column: '处罚决定日期', descending: true };
const COLUMNS = ['行政相对人名称', '处罚类别', '处罚决定日期'];

describe('data-list state in the address', () => {
  it('round-trips words, filters, sort and page', () => {
    const state = {
      query: '运输 公司',
      choices: { 处罚类别: '罚款' },
      sort: { column: '行政相对人名称', descending: false },
      page: 2,
    };
    const search = listStateSearch(state, SORT);
    expect(search).toContain('sort=');
    expect(readListState(search, COLUMNS, ['处罚类别'], SORT)).toEqual(state);
  });

  it('leaves the defaults out and ignores unknown columns and bad pages', () => {
    expect(listStateSearch({ query: '', choices: {}, sort: SORT, page: 1 }, SORT)).toBe('');
    expect(
      readListState(
        '?sort=%E6%9C%AA%E7%9F%A5&page=-3&%E5%A4%84%E7%BD%9A%E7%B1%BB%E5%88%AB=',
        COLUMNS,
        ['处罚类别'],
        SORT,
      ),
    ).toEqual({ query: '', choices: {}, sort: SORT, page: 1 });
  });
});
