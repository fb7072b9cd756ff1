import { defineConfig } from 'vitest/config';
import { TEST_TODAY } from './support/paths.ts';

// Unit tests run beside build and browser tests; the global setup builds the
// fixture site and the sample site once for the whole run.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // checkContent() in the tests checks the 年报 deadline against this date, not the clock.
    env: { GONGKAI_TODAY: TEST_TODAY },
  },
});
