/** Opening pages in 关怀模式: the settings are put in localStorage before any page script runs. */
import type { Browser, BrowserContext } from 'playwright-core';
import { STORAGE_KEY, type CareSettings } from '../../src/browser/care/settings.ts';

/** Every 关怀 setting at its strongest: 24 px text and the high-contrast theme. */
export const STRONGEST_CARE: CareSettings = { care: true, size: 3, contrast: true };

/** A browser context whose pages all open with these settings already stored. */
export async function careContext(
  browser: Browser,
  viewport: { width: number; height: number },
  settings: CareSettings = STRONGEST_CARE,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [STORAGE_KEY, JSON.stringify(settings)] as const,
  );
  return context;
}
