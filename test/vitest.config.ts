import { configDefaults, defineConfig } from 'vitest/config';
import { TEST_TODAY } from './support/paths.ts';

// Three tiers, each a vitest project (`npm run test:unit`, `test:build`,
// `test:browser`; `npm test` runs all three):
// - unit: modules on their own, no site build;
// - build: the built fixture and sample sites' HTML, feeds and files;
// - browser: the built sites in Chromium and on real web servers.
// The build and browser tiers share one global setup that builds the
// fixture site and the sample site once per run (see global-setup.ts).
const sitesBuilt = ['test/support/global-setup.ts'];

const unitTests = ['test/unit/**/*.test.ts', 'test/docs/**/*.test.ts', 'src/**/*.test.ts'];
// Tests that replace modules with vi.mock need a module registry of their own.
const isolatedUnitTests = ['src/view-models/**/*.test.ts', 'src/integrations/phases/**/*.test.ts'];

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // checkContent() in the tests checks the 年报 deadline against this date, not the clock.
    env: { GONGKAI_TODAY: TEST_TODAY },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: unitTests,
          exclude: [...configDefaults.exclude, ...isolatedUnitTests],
          pool: 'threads',
          isolate: false,
          maxWorkers: '100%',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          include: isolatedUnitTests,
          pool: 'threads',
          maxWorkers: '100%',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: sitesBuilt,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts', 'test/servers/**/*.test.ts'],
          globalSetup: sitesBuilt,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
