/** Splitting an already sorted list into numbered pages (1-based). */

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageSlice<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Pages 1..n of a list, as [pageNumber, items] pairs; an empty list still has page 1. */
export function paginate<T>(items: readonly T[], size: number): Array<[number, T[]]> {
  const total = pageCount(items.length, size);
  return Array.from({ length: total }, (_, i) => [i + 1, pageSlice(items, i + 1, size)]);
}
