/**
 * A mocked Astro content layer for the view models' unit tests: entries
 * built from the project's own zod schemas (so `data` is what Astro would
 * hand a page), kept in one store that `astro:content`'s getCollection and
 * getEntry read. A test file mocks the virtual modules with
 *
 *   vi.mock('astro:content', () => import('../../test/support/mock-content.ts').then((m) => m.astroContent));
 *   vi.mock('astro:config/client', () => ({ base: '/' }));
 *
 * then calls setEntries() and imports the view model after vi.resetModules()
 * (the view models cache what they load once per build). Site settings come
 * from the fixture site (GONGKAI_CONTENT_DIR, set here on import).
 */
import path from 'node:path';
import { collectionSchemas, type CollectionName } from '../../src/schemas/collections.ts';
import { MINIMAL_ENTRIES } from './minimal-entries.ts';

process.env.GONGKAI_CONTENT_DIR ??= path.resolve(import.meta.dirname, '../fixtures/site');

/** Collections minimal-entries.ts has no entry for. */
const EXTRA_MINIMAL: Partial<Record<CollectionName, Record<string, unknown>>> = {
  reports: {
    title: '报告',
    publisher: '示例省交通运输厅',
    publishDate: '2025-03-10 09:30',
    topic: '工业、交通\\公路',
    reportType: '其他报告',
    year: 2024,
  },
};

export interface MockEntry {
  id: string;
  collection: CollectionName;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}

// On globalThis: vi.resetModules() evaluates this module again, the store must stay one.
const STORE = Symbol.for('gongkai.test.mock-content');
const store = (): MockEntry[] => ((globalThis as Record<symbol, MockEntry[]>)[STORE] ??= []);

/** Replace every entry of the mocked content layer. */
export function setEntries(entries: MockEntry[]): void {
  store().splice(0, Infinity, ...entries);
}

/**
 * An entry of `collection` with its minimal valid front matter plus `fields`,
 * parsed by the collection's schema (defaults and transforms applied, as
 * Astro does). A schema error throws, so a test cannot build invalid data.
 */
export function entry(collection: CollectionName, id: string, fields: Record<string, unknown> = {}): MockEntry {
  const raw = { ...(MINIMAL_ENTRIES[collection] ?? EXTRA_MINIMAL[collection]), ...fields };
  const schema = collectionSchemas[collection] as unknown as { parse(v: unknown): Record<string, unknown> };
  return { id, collection, data: schema.parse(raw), body: '', digest: `${collection}/${id}:${JSON.stringify(raw)}` };
}

/** The `astro:content` module as the view models import it. */
export const astroContent = {
  getCollection: async (collection: string, filter?: (e: MockEntry) => unknown) =>
    store().filter((e) => e.collection === collection && (!filter || filter(e))),
  getEntry: async (collection: string, id: string) => store().find((e) => e.collection === collection && e.id === id),
  render: async (e: MockEntry) => ({ Content: () => e.body ?? '', headings: [], remarkPluginFrontmatter: {} }),
};
