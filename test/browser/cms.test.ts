/**
 * The web CMS at /admin of the built sample site, in Chromium: Sveltia CMS
 * boots in Chinese from the site alone (every request outside the test
 * server is refused and recorded), accepts the generated configuration,
 * works with a local repository (a stand-in folder, see
 * test/support/cms-repo.ts), shows existing entries with their relations,
 * and saves a new 政策文件 that passes the content check where the project
 * keeps such files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { collectionSpecs } from '../../src/cms/collections.ts';
import { cmsConfig, cmsConfigYaml } from '../../src/cms/config.ts';
import { collectionNames } from '../../src/schemas/collections.ts';
import { siteSchema, type SiteSettings } from '../../src/schemas/site.ts';
import { readFrontmatter } from '../../src/catalogue/entry-files.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';
import { choose, field, fillField, reveal } from '../support/cms-editor.ts';
import { listRepoFiles, readRepoFile, repoFiles, stubLocalRepository } from '../support/cms-repo.ts';
import { projectRoot, sampleDist } from '../support/paths.ts';
import { servedSite } from '../support/served-site.ts';

const served = servedSite(sampleDist);
const contentDir = path.join(projectRoot, 'content');
const site = loadSiteSettings(contentDir);

/** Sveltia's one expected warning: without an OAuth application, sign-in is by access token (zh-CN or English). */
const EXPECTED_WARNING = /OAuth/;

interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the test server. */
  outside: string[];
  errors: string[];
  warnings: string[];
}

let open: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(open.map((c) => c.close()));
  open = [];
});

async function session(withRepository = true): Promise<Session> {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  open.push(context);
  const s: Session = { context, page: undefined as unknown as Page, outside: [], errors: [], warnings: [] };
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    s.outside.push(route.request().url());
    return route.abort();
  });
  if (withRepository) await stubLocalRepository(context, repoFiles(contentDir));
  s.page = await context.newPage();
  s.page.on('console', (m) => {
    if (m.type() === 'error') s.errors.push(m.text());
    if (m.type() === 'warning' && !EXPECTED_WARNING.test(m.text())) s.warnings.push(m.text());
  });
  s.page.on('pageerror', (e) => s.errors.push(e.message));
  return s;
}

async function openRepository(s: Session): Promise<void> {
  await s.page.goto(`${served.url}/admin/`);
  await s.page.getByRole('button', { name: '使用本地仓库' }).click();
  await s.page.getByRole('treeitem', { name: '政策文件' }).waitFor();
}

/** A session with the editor of a new 政策文件 open. */
async function newPolicy(): Promise<Session> {
  const s = await session();
  await openRepository(s);
  await s.page.getByRole('button', { name: '创建新条目' }).click();
  return s;
}

const countMd = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.md'))
    .length;

describe('the web CMS', () => {
  it('boots in Chinese from the site alone: no CDN, no console error, its icon font loaded', async () => {
    const s = await session(false);
    await s.page.goto(`${served.url}/admin/`);
    await s.page.getByRole('button', { name: '使用本地仓库' }).waitFor();
    await expect(s.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      '示例省交通运输厅 网页内容管理',
    );
    await expect(s.page.title()).resolves.toBe('示例省交通运输厅 网页内容管理');
    const icons = await s.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('Material Symbols')).map((f) => f.status);
    });
    expect(icons).toEqual(['loaded']);
    await s.page.waitForTimeout(1000);
    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.warnings).toEqual([]);
  });

  it('opens the local repository and lists every collection with all its entries', async () => {
    const s = await session();
    await openRepository(s);
    for (const name of collectionNames) {
      const item = s.page.getByRole('treeitem', { name: collectionSpecs[name].label });
      // Sveltia lists Markdown (.md) files; .mdx files with components are edited as files.
      await expect(item.textContent()).resolves.toContain(String(countMd(path.join(contentDir, name))));
    }
    await expect(s.page.getByRole('treeitem', { name: '网站设置' }).textContent()).resolves.toContain('1');
    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
    // A configuration Sveltia does not fully accept shows as warnings (unknown options, bad values).
    expect(s.warnings).toEqual([]);
  });

  it('shows an existing 政策解读 with the 政策文件 it points to, chosen by title', async () => {
    const s = await session();
    await openRepository(s);
    const file = 'interpretations/2025/road-freight-credit-rules-qa.md';
    const data = readFrontmatter(fs.readFileSync(path.join(contentDir, file), 'utf8'));
    if (!data.ok) throw new Error(file);
    const interpretation = data.data as { title: string; policy: string };
    const policy = readFrontmatter(
      fs.readFileSync(path.join(contentDir, 'policies', `${interpretation.policy}.md`), 'utf8'),
    );
    const policyTitle = (policy.ok ? policy.data : {}) as { title: string };
    await s.page.getByRole('treeitem', { name: '政策解读' }).click();
    await s.page.getByText(interpretation.title, { exact: true }).click();
    await field(s.page, 'title').waitFor();
    await expect(field(s.page, 'title').getByRole('textbox').inputValue()).resolves.toBe(interpretation.title);
    await reveal(s.page, 'policy');
    // The file id (2024/…) is stored; the editor and the preview show the policy's title.
    await expect
      .poll(() => field(s.page, 'policy').getByRole('combobox').textContent(), { timeout: 10_000 })
      .toContain(policyTitle.title);
    expect(s.errors).toEqual([]);
  });

  it('saves a new 政策文件 with only the required fields in this year’s folder, and the file passes the content check', async () => {
    const s = await newPolicy();
    const { page } = s;
    await fillField(page, 'title', '示例省交通运输厅关于试用网页内容管理的通知');
    // 发布机构 is a simple list: one text box, one name a line.
    await fillField(page, 'publisher', '示例省交通运输厅');
    await fillField(page, 'publishDate', '2026-03-09T10:30', '2026-03-09 10:30');
    await field(page, 'topic').getByRole('combobox').click();
    await page.getByRole('option', { name: '工业、交通\\公路' }).click();
    await choose(page, 'kind', '行政规范性文件');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('条目已保存').waitFor();

    const before = new Set(Object.keys(repoFiles(contentDir)));
    const added = (await listRepoFiles(page)).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    const saved = added[0]!;
    // A new file goes into the folder of the year, named by the date unless the editor named it.
    expect(saved).toMatch(/^content\/policies\/\d{4}\/\d{8}\.md$/);
    const text = (await readRepoFile(page, saved))!;
    // Fields left empty are left out, not written as "".
    expect(text).not.toMatch(/: ""|: \[\]|: null/);
    expect(text).toMatch(/^publishDate: 2026-03-09 10:30$/m);

    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-cms-browser-'));
    try {
      fs.cpSync(contentDir, root, { recursive: true });
      const target = path.join(root, saved.replace(/^content\//, ''));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
      const report = checkContent(root);
      expect(report.errors).toEqual([]);
      const entry = report.entries.find((e) => e.collection === 'policies' && `content/policies/${e.id}.md` === saved);
      expect(entry?.data).toMatchObject({
        title: '示例省交通运输厅关于试用网页内容管理的通知',
        kind: '行政规范性文件',
        topic: '工业、交通\\公路',
        publisher: ['示例省交通运输厅'],
      });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    expect(s.errors).toEqual([]);
  });

  it('refuses a 索引号 the schema would reject, with the schema’s own message', async () => {
    const s = await newPolicy();
    const { page } = s;
    await fillField(page, 'title', '示例文件');
    await field(page, 'indexNo').getByRole('textbox').fill('11990000MB0000001X/2026_00001');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(field(page, 'indexNo').textContent()).resolves.toContain('应为索引号，只含字母、数字、/ 和 -');
    const saved = (await listRepoFiles(page)).filter(
      (f) => f.startsWith('content/policies/') && !fs.existsSync(path.join(projectRoot, f)),
    );
    expect(saved).toEqual([]);
  });

  it('without a Git host offers only the local repository, with a hint naming no stand-in folder', async () => {
    const s = await session(false);
    await s.page.goto(`${served.url}/admin/`);
    await s.page.getByRole('button', { name: '使用本地仓库' }).waitFor();
    // Sveltia draws the token button; the page hides it (a token could only fail without a Git host).
    await expect(s.page.locator('button[data-label="使用访问令牌登录"]').count()).resolves.toBe(1);
    await expect(s.page.getByRole('button', { name: /令牌/ }).count()).resolves.toBe(0);
    const hint = await s.page.getByText('在弹出的对话框中').textContent();
    expect(hint).toContain('本网站项目的文件夹');
    expect(hint).not.toContain(path.basename(projectRoot));
    expect(s.errors).toEqual([]);
  });

  it('with a Git host but no OAuth application signs in by token, and says in Chinese when the host cannot be reached', async () => {
    const s = await session(false);
    const withCms = siteSchema.parse({
      ...site,
      cms: {
        backend: 'gitea',
        repo: 'xxgk/jtt-site',
        apiRoot: 'https://git.shili.gov.cn/api/v1',
        baseUrl: 'https://git.shili.gov.cn',
      },
    }) as SiteSettings;
    const yaml = cmsConfigYaml(cmsConfig(withCms, { repoRoot: projectRoot, contentRoot: contentDir }));
    await s.page.route(/\/admin\/config\.yml(\?|$)/, (route) =>
      route.fulfill({ body: yaml, contentType: 'text/yaml' }),
    );
    // The page as a build with `cms` writes it: without the rule that hides the token sign-in.
    const page = fs.readFileSync(path.join(sampleDist, 'admin', 'index.html'), 'utf8');
    expect(page).toContain('<style>');
    await s.page.route(/\/admin\/$/, (route) =>
      route.fulfill({ body: page.replace(/<style>[^<]*<\/style>/, ''), contentType: 'text/html' }),
    );
    await s.page.goto(`${served.url}/admin/`);
    await s.page.getByRole('button', { name: '使用访问令牌登录' }).click();
    await s.page.getByRole('textbox', { name: '个人访问令牌' }).fill('0123456789abcdef');
    await s.page.getByRole('button', { name: '登录', exact: true }).click();
    // The test refuses every request that leaves it, as an unreachable server would.
    const alert = s.page.getByRole('alert').filter({ hasText: '无法连接' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('无法连接 git.shili.gov.cn');
    await expect(s.page.locator('body').textContent()).resolves.not.toContain('Failed to fetch');
  });

  it('takes a Git host from site.yaml: sign-in with it, and still the local repository', async () => {
    const s = await session(false);
    // A self-hosted Gitea or Forgejo, as a department runs on its own network.
    const withCms = siteSchema.parse({
      ...site,
      cms: {
        backend: 'gitea',
        repo: 'xxgk/jtt-site',
        apiRoot: 'https://git.shili.gov.cn/api/v1',
        baseUrl: 'https://git.shili.gov.cn',
        appId: 'gongkai-cms',
      },
    }) as SiteSettings;
    const yaml = cmsConfigYaml(cmsConfig(withCms, { repoRoot: projectRoot, contentRoot: contentDir }));
    await s.page.route(/\/admin\/config\.yml(\?|$)/, (route) =>
      route.fulfill({ body: yaml, contentType: 'text/yaml' }),
    );
    await s.page.goto(`${served.url}/admin/`);
    await s.page.getByRole('button', { name: '使用本地仓库' }).waitFor();
    await expect(s.page.getByRole('button', { name: /Gitea/ }).isEnabled()).resolves.toBe(true);
    await expect(s.page.getByText('本网站项目的文件夹').first().isVisible()).resolves.toBe(true);
    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.warnings).toEqual([]);
  });
});
