/**
 * Finding fields in Sveltia CMS's entry editor, shared by the browser test
 * (test/browser/cms.test.ts) and the README screenshots (test/docs/).
 */
import type { Page } from 'playwright-core';

/** A field of the entry editor (not of the preview beside it), by its key path, e.g. `publisher.0`. */
export const field = (page: Page, key: string) => page.locator(`section.field[data-key-path="${key}"]`);

/**
 * Sveltia draws the editor's lower fields only once the form is scrolled
 * towards them, by wheel: a field reached with scrollIntoView alone shows a
 * choice but leaves it out of the saved entry.
 */
export async function reveal(page: Page, key: string): Promise<void> {
  for (let i = 0; i < 40 && (await field(page, key).count()) === 0; i++) {
    await page.locator('section.field').last().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(100);
  }
  await field(page, key).scrollIntoViewIfNeeded();
}
