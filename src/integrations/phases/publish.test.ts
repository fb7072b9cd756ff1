/**
 * The publish phase alone (the swap and the cache book-keeping replaced by
 * stand-ins that record their calls): nothing the published site still
 * needs is let go of before the new site is in place, and precompression
 * runs only when the site asks for it, before the swap.
 */
import { StageTimer } from '../../publish/stage-timer.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompletedBuild } from './state.ts';

const calls = vi.hoisted(() => [] as string[]);
vi.mock('../../publish/precompress.ts', () => ({
  precompressTree: async () => (calls.push('precompress'), {}),
  precompressSummary: () => '预压缩',
}));
vi.mock('../../publish/staged-output.ts', () => ({ swapIntoPlace: () => calls.push('swap') }));
vi.mock('../../publish/carried-pages.ts', () => ({
  writePublishedPages: (_c: string, _o: string, pages: string[]) => calls.push(`pages ${pages.length}`),
}));
vi.mock('../../publish/published-files.ts', () => ({ rememberMadeImages: () => calls.push('made images') }));
vi.mock('../../publish/build-inputs.ts', () => ({
  recordPublishedInputs: (_c: string, _o: string, fingerprint?: string) => calls.push(`inputs ${fingerprint}`),
}));
vi.mock('../../attachments/extraction.ts', () => ({
  AttachmentTexts: class {
    prune(keep: Set<string>) {
      calls.push(`texts ${[...keep].join(',')}`);
    }
  },
}));
const { publishPhase } = await import('./publish.ts');

const build = (precompress: boolean) =>
  ({
    staging: '/s',
    outDir: '/dist',
    cacheDir: '/cache',
    site: { precompress },
    pages: ['index.html', 'zwgk/index.html'],
    published: { attachments: [{ sha256: 'ab' }] },
    timer: new StageTimer(),
    inputFingerprint: 'f1',
    store: { prune: () => calls.push('store') },
    index: { stats: { records: 1, shards: 1, rebuilt: 0, reused: 1, ms: 0 } },
  }) as unknown as CompletedBuild;

beforeEach(() => {
  calls.length = 0;
});

describe('publish phase', () => {
  it('swaps the new site into place before letting go of old file versions', async () => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    await publishPhase(build(false), log);
    // The inputs are recorded only once the release they built is the published one.
    expect(calls).toEqual(['swap', 'pages 2', 'inputs f1', 'store', 'texts ab', 'made images']);
    expect(log.info).toHaveBeenCalledWith('网站已发布到 /dist');
  });

  it('precompresses the staging folder before the swap when the site asks for it', async () => {
    await publishPhase(build(true), { info: vi.fn(), warn: vi.fn(), error: vi.fn() });
    expect(calls.slice(0, 2)).toEqual(['precompress', 'swap']);
  });
});
