/**
 * The fixture site: the hand-written entries in test/fixtures/site plus
 * generated 规划计划 items, enough to need two list pages in one column.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths.ts';

export const GENERATED_PLAN_ITEMS = 23;

export function writeFixtureContent(target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(projectRoot, 'test', 'fixtures', 'site'), target, { recursive: true });
  const dir = path.join(target, 'catalogue', 'ghjh');
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= GENERATED_PLAN_ITEMS; i++) {
    const year = i % 2 === 0 ? 2024 : 2025;
    const month = String((i % 9) + 1).padStart(2, '0');
    const day = String(10 + (i % 10));
    fs.writeFileSync(
      path.join(dir, `plan-${String(i).padStart(2, '0')}.md`),
      [
        '---',
        `title: 规划计划测试条目${i}`,
        'publisher: 示例省交通运输厅',
        `publishDate: "${year}-${month}-${day} 10:00"`,
        'topic: 工业、交通\\公路',
        'category: ghjh',
        '---',
        '',
        `第${i}号规划计划正文。`,
        '',
      ].join('\n'),
    );
  }
}

/** Replaces text in a content file; fails loudly if the text is not there, so a changed fixture cannot silently void a test. */
export function replaceIn(dir: string, relative: string, from: string | RegExp, to: string): void {
  const file = path.join(dir, relative);
  const before = fs.readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${relative} does not contain ${String(from)}`);
  fs.writeFileSync(file, after);
}

/** Drops a file's line from the 索引号 register (index-numbers.txt), as for a file never published; fails loudly if it is not there. */
export function unregister(dir: string, relative: string): void {
  replaceIn(
    dir,
    'index-numbers.txt',
    new RegExp(`^\\S+ ${relative.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`, 'm'),
    '',
  );
}
