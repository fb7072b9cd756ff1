/**
 * Chromium and a static server for a built site, started before a test
 * file's tests and closed after them: the setup every browser test repeats.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDirectory, type StaticServer } from './static-server.ts';

export interface ServedSite {
  readonly browser: Browser;
  /** `http://127.0.0.1:port`, without a trailing slash. */
  readonly url: string;
}

/** Call at the top of a test file; read `browser` and `url` inside the tests. */
export function servedSite(dist: string): ServedSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDirectory(dist);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}
