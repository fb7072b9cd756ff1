/**
 * Astro's content data store read from its file at render time
 * (src/integrations/data-store-module.ts): the module must give the pages the
 * value Astro's own bundled module gives, and must claim the store's id only
 * where the file exists when the code runs (the server side of a build).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreFromFile, dataStoreModuleCode } from '../../src/integrations/data-store-module.ts';

// Astro's own serializer, from Astro's own dependency: the store file as Astro writes it.
const fromAstro = createRequire(import.meta.resolve('astro/package.json'));
const devalue = (await import(pathToFileURL(fromAstro.resolve('devalue')).href)) as {
  stringify(value: unknown): string;
  unflatten(value: unknown): unknown;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Evaluates module code the way the bundled page code would run it. */
async function evaluate(code: string): Promise<unknown> {
  const file = path.join(dir, `module-${Math.random().toString(36).slice(2)}.mjs`);
  fs.writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/** What Astro bundles (content/vite-plugin-content-virtual-mod.js): the file's text as one literal. */
const astroModuleCode = (storeFile: string) =>
  `export default JSON.parse(${JSON.stringify(fs.readFileSync(storeFile, 'utf8'))})`;

const store = new Map<string, Map<string, Record<string, unknown>>>([
  [
    'policies',
    new Map([
      [
        '2026/交通-1',
        {
          id: '2026/交通-1',
          data: { title: '关于“两客一危”车辆的通知\u2028', date: new Date('2026-03-01'), tags: ['道路', '运输'] },
          digest: '3184:1767225600000',
          filePath: 'content/policies/2026/交通-1.md',
        },
      ],
    ]),
  ],
  ['pages', new Map([['about', { id: 'about', data: { title: '本站介绍', n: 0, none: null } }]])],
]);

describe('the data store module', () => {
  it('gives the pages the same value as Astro’s bundled module', async () => {
    const file = path.join(dir, 'data-store.json');
    fs.writeFileSync(file, devalue.stringify(store));
    const ours = await evaluate(dataStoreModuleCode(file));
    const astros = await evaluate(astroModuleCode(file));
    expect(ours).toEqual(astros);
    // …and what Astro's runtime makes of it (content/data-store.js: devalue.unflatten) is the store.
    expect(devalue.unflatten(ours)).toEqual(store);
  });

  it('reads the file when the code runs, not when it is made', async () => {
    const file = path.join(dir, 'later.json');
    fs.writeFileSync(file, devalue.stringify(new Map()));
    const code = dataStoreModuleCode(file);
    fs.writeFileSync(file, devalue.stringify(store));
    expect(devalue.unflatten(await evaluate(code))).toEqual(store);
  });

  it('is an empty Map without a store file, as Astro’s is', async () => {
    expect(await evaluate(dataStoreModuleCode(path.join(dir, 'missing.json')))).toEqual(new Map());
  });
});

describe('the Vite plugin', () => {
  const plugin = dataStoreFromFile('/cache/data-store.json');
  const resolve = plugin.resolveId as { handler: (this: unknown, id: string) => string | null };
  const load = plugin.load as { handler: (this: unknown, id: string) => { meta: unknown } | null };
  const inEnvironment = (consumer: 'server' | 'client') => ({ environment: { config: { consumer } } });

  it('claims the store’s id on the server side of a build only', () => {
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('pre');
    const id = resolve.handler.call(inEnvironment('server'), 'astro:data-layer-content');
    expect(id).toMatch(/^\0/);
    expect(resolve.handler.call(inEnvironment('client'), 'astro:data-layer-content')).toBeNull();
    expect(resolve.handler.call(inEnvironment('server'), 'astro:content')).toBeNull();
    // Marked as content data, like Astro's: kept out of the pages' dependency hashes.
    expect(load.handler.call(inEnvironment('server'), id!)?.meta).toEqual({
      astroIncremental: { kind: 'content-data' },
    });
    expect(load.handler.call(inEnvironment('server'), 'astro:data-layer-content')).toBeNull();
  });
});
