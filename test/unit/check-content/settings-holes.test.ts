/**
 * Small holes in the gate: site paths in site.yaml that are really another
 * host (`//host`, `/\host`), page files at addresses the site generates
 * (the web CMS, the 繁體 twins, feeds, sitemaps), and the install scripts
 * of dependencies (npm 11 runs none that package.json does not approve).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { freshContentFolders, markdown, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';
import { OTHER_HOST_PATHS } from '../../support/hostile-files.ts';
import { projectRoot } from '../../support/paths.ts';

const freshContent = freshContentFolders();

describe('site paths in site.yaml', () => {
  it.each(OTHER_HOST_PATHS)('refuses %s as a navigation path, a channel link and the application endpoint', (href) => {
    const yaml = JSON.stringify(href);
    for (const [from, to] of [
      ['href: /zwgk/', `href: ${yaml}`],
      ['href: /contact/', `href: ${yaml}`],
      ['endpoint: /api/ysqgk/', `endpoint: ${yaml}`],
    ] as const) {
      const dir = freshContent();
      replaceIn(dir, 'site.yaml', from, to);
      const { errors } = checkContent(dir);
      expect(errors, `${from} → ${to}`).toHaveLength(1);
      expect(errors[0]!.file).toBe(shown(dir, 'site.yaml'));
      expect(errors[0]!.found).toMatch(/不能以 \/\/ 或 \/\\ 开头/);
    }
  });
});

describe('reserved page addresses', () => {
  it.each(['admin', 'admin/users', 'zh-hant/about', 'rss.xml', 'sitemap-index.xml', 'pagefind'])(
    'refuses content/pages/%s.md',
    (page) => {
      const dir = freshContent();
      write(dir, `pages/${page}.md`, markdown(['title: 冒用', 'updated: 2025-01-01']));
      expect(checkContent(dir).errors.map((e) => [e.file, e.field])).toEqual([
        [shown(dir, `pages/${page}.md`), '文件位置'],
      ]);
    },
  );
});

describe('install scripts', () => {
  it('approves or denies every dependency with an install script (vnu-jar denied)', () => {
    const npm = spawnSync('npm', ['install-scripts', 'ls'], { cwd: projectRoot, encoding: 'utf8' });
    expect(npm.status, npm.stderr).toBe(0);
    expect(npm.stdout).toContain('No packages with unreviewed install scripts.');
    const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      allowScripts: Record<string, boolean>;
    };
    expect(pkg.allowScripts['vnu-jar']).toBe(false);
  });
});
