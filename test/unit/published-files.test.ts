/**
 * Files a build publishes beside its pages (src/catalogue/file-digests.ts,
 * src/publish/published-files.ts): each version of a file is digested once
 * (the digest is kept by size and modification time), copied into the store
 * once, and linked into the output; the "申请无障碍格式" link names the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileDigests, readImageInfo, sha256OfFile } from '../../src/catalogue/file-digests.ts';
import { collectPublishedFiles, FileStore } from '../../src/publish/published-files.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { formatRequestHref } from '../../src/view-models/format-request.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';
import { projectRoot } from '../support/paths.ts';
import { addToPolicy, freshContentFolders, markdown, POLICY, shown, write } from '../support/content-cases.ts';

const freshContent = freshContentFolders();
let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-files-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('file digests', () => {
  it('digests a file once per version, keeping the digest between builds by size and modification time', () => {
    const file = path.join(dir, 'a.pdf');
    const mtime = new Date('2026-03-01T08:00:00Z');
    fs.writeFileSync(file, 'version 1');
    fs.utimesSync(file, mtime, mtime);
    const cache = path.join(dir, 'digests.json');
    const first = new FileDigests(cache);
    const digest = first.sha256(file);
    expect(digest).toBe(sha256OfFile(file));
    first.save();
    // Same size and time, other bytes: the kept digest is believed (that is the point: the file is not read).
    fs.writeFileSync(file, 'version 2');
    fs.utimesSync(file, mtime, mtime);
    expect(new FileDigests(cache).sha256(file)).toBe(digest);
    // A new modification time: read again.
    fs.utimesSync(file, mtime, new Date(mtime.getTime() + 5000));
    expect(new FileDigests(cache).sha256(file)).toBe(sha256OfFile(file));
    expect(new FileDigests(cache).sha256(file)).not.toBe(digest);
  });

  it('says in Chinese when an image cannot be read', async () => {
    const file = path.join(dir, 'fake.png');
    fs.writeFileSync(file, 'png');
    await expect(readImageInfo(file)).rejects.toThrow('无法读取图片：文件已损坏，或不是图片');
  });
});

describe('the list of published files', () => {
  it('has every attachment of every published entry, one file attached twice included', async () => {
    const content = freshContent();
    write(
      content,
      'policies/2025/second.md',
      markdown([
        'title: 第二份文件',
        'publisher: 示例省交通运输厅',
        'publishDate: "2025-06-02 10:00"',
        'topic: 工业、交通\\公路',
        'kind: 其他文件',
        'attachments:',
        '  - file: 附件1-评价指标.pdf',
      ]),
    );
    const report = checkContent(content);
    expect(report.errors).toEqual([]);
    const { files, problems } = await collectPublishedFiles(
      report,
      loadSiteSettings(content),
      new FileDigests(),
      'build',
    );
    expect(problems).toEqual([]);
    const pdf = path.join(content, 'policies/2025/附件1-评价指标.pdf');
    expect(files.attachments.map((a) => [a.source, a.indexNo, a.n])).toEqual([
      [pdf, '11990000MB0000001X/2025-00003', 1],
      [pdf, expect.stringMatching(/^11990000MB0000001X\/2025-\d{5}$/), 1],
    ]);
    expect(files.attachmentDigests.get(pdf)).toBe(sha256OfFile(pdf));
  });

  it('names the entry line of an image it cannot read', async () => {
    const content = freshContent();
    write(content, 'policies/2025/chart.png', 'not a png');
    addToPolicy(content, '![信用等级分布](chart.png)');
    const report = checkContent(content);
    expect(report.errors).toEqual([]);
    const { problems } = await collectPublishedFiles(report, loadSiteSettings(content), new FileDigests(), 'build');
    expect(problems).toEqual([
      {
        file: shown(content, POLICY),
        line: 23,
        field: '正文 › 图片',
        expected: '能读取的 JPG、PNG、WebP、AVIF、GIF 或 SVG 图片',
        found: '![信用等级分布](chart.png)：无法读取图片：文件已损坏，或不是图片',
      },
    ]);
  });
});

describe('the file store', () => {
  it('copies a version in once, links it wherever it is published, and drops versions no longer published', () => {
    const store = new FileStore(path.join(dir, 'store'));
    const source = path.join(dir, 'b.pdf');
    fs.writeFileSync(source, 'attachment');
    const digest = sha256OfFile(source);
    const out = path.join(dir, 'out');
    store.publishAll([
      { source, sha256: digest, target: path.join(out, 'files', 'x', '1.abc.pdf') },
      { source, sha256: digest, target: path.join(out, 'files', 'x', '1.pdf') },
    ]);
    const stored = path.join(dir, 'store', digest);
    expect(fs.statSync(path.join(out, 'files', 'x', '1.pdf')).ino).toBe(fs.statSync(stored).ino);
    expect(fs.statSync(path.join(out, 'files', 'x', '1.abc.pdf')).ino).toBe(fs.statSync(stored).ino);
    // The content file is not linked: overwriting it in place cannot change what was published.
    expect(fs.statSync(source).ino).not.toBe(fs.statSync(stored).ino);
    fs.writeFileSync(source, 'changed in place');
    expect(fs.readFileSync(path.join(out, 'files', 'x', '1.pdf'), 'utf8')).toBe('attachment');

    fs.writeFileSync(path.join(dir, 'store', 'old-version'), 'old');
    expect(store.prune()).toBe(1);
    expect(fs.readdirSync(path.join(dir, 'store'))).toEqual([digest]);
  });
});

describe('the file store where links fail', () => {
  it('copies instead: another file system, or a file at its limit of links', () => {
    const store = new FileStore(path.join(dir, 'store-2'));
    const source = path.join(dir, 'c.pdf');
    fs.writeFileSync(source, 'many links');
    const link = vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw Object.assign(new Error('too many links'), { code: 'EMLINK' });
    });
    try {
      const target = path.join(dir, 'out-2', '1.pdf');
      store.publishAll([{ source, sha256: sha256OfFile(source), target }]);
      expect(link).toHaveBeenCalled();
      expect(fs.readFileSync(target, 'utf8')).toBe('many links');
      expect(fs.statSync(target).nlink).toBe(1);
    } finally {
      link.mockRestore();
    }
  });
});

describe('申请无障碍格式 link', () => {
  const site = loadSiteSettings(path.join(projectRoot, 'content'));
  const doc = {
    title: '关于……的公告',
    indexNo: '11990000MB0000001X/2026-00012',
    url: '/xxgk/11990000MB0000001X-2026-00012/',
  };

  it('writes an e-mail to the 政府信息公开工作机构 naming the document and the attachment', () => {
    const href = formatRequestHref(site, doc, '附件2：报考诚信承诺书', (p) => p);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe(site.contact.email);
    expect(url.searchParams.get('subject')).toBe('申请无障碍格式：附件2：报考诚信承诺书');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('索引号：11990000MB0000001X/2026-00012\r\n');
    expect(body).toContain('附件：附件2：报考诚信承诺书');
    expect(body).toContain(`网址：https://${site.domain}/xxgk/11990000MB0000001X-2026-00012/`);
  });

  it('goes to the channel the site names instead', () => {
    const withChannel = (channel: string) => siteSchema.parse({ ...site, accessibleFormatRequest: channel });
    expect(formatRequestHref(withChannel('/contact/'), doc, '附件1', (p) => `/portal${p}`)).toBe('/portal/contact/');
    expect(formatRequestHref(withChannel('https://zwfw.shili.gov.cn/wza'), doc, '附件1', (p) => p)).toBe(
      'https://zwfw.shili.gov.cn/wza',
    );
    expect(formatRequestHref(withChannel('mailto:wza@jtt.shili.gov.cn'), doc, '附件1', (p) => p)).toMatch(
      /^mailto:wza@jtt\.shili\.gov\.cn\?subject=/,
    );
  });
});
