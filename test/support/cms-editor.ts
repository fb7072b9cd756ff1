/**
 * Finding fields in Sveltia CMS's entry editor, shared by the browser test
 * (test/browser/cms.test.ts) and the documentation screenshots (test/docs/).
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

/** The entry's preview, beside the editor. */
const preview = (page: Page) => page.getByRole('document', { name: '内容预览' });

/**
 * Chooses an option of a radio field and waits until the entry's preview
 * shows it. A field drawn a moment ago can show the choice without taking
 * it (seen in CI, now and then); choosing another option and back makes it
 * take.
 */
export async function choose(page: Page, key: string, option: string): Promise<void> {
  await reveal(page, key);
  const radio = (name: string) => field(page, key).getByRole('radio', { name, exact: true });
  const names = await field(page, key)
    .getByRole('radio')
    .evaluateAll((els) =>
      els.map((e) => document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? ''),
    );
  const other = names.find((n) => n && n !== option);
  const shown = preview(page).getByText(option, { exact: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0 && other) await radio(other).click();
    await radio(option).click();
    try {
      await shown.waitFor({ timeout: 3000 });
      return;
    } catch {
      // Not taken: try again.
    }
  }
  throw new Error(`The CMS did not take ${option} for ${key}`);
}

/**
 * Types into a text field and waits until the preview shows `shown` (the
 * value as the preview writes it). Sveltia can reset a new entry's draft
 * just after the editor appears, dropping what was typed in the first
 * moment (seen in CI, now and then): the value is typed again.
 */
export async function fillField(page: Page, key: string, value: string, shown = value): Promise<void> {
  await preview(page).waitFor();
  for (let attempt = 0; attempt < 3; attempt++) {
    await field(page, key).getByRole('textbox').fill(value);
    try {
      await preview(page).getByText(shown, { exact: true }).waitFor({ timeout: 3000 });
      return;
    } catch {
      // Dropped: type it again.
    }
  }
  throw new Error(`The CMS did not take ${value} for ${key}`);
}
