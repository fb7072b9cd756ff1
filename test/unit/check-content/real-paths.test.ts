/**
 * Files are resolved with their real path: a symbolic link inside content/
 * that leads out of it (an attachment, a body image, an entry, a data list,
 * a linked folder) is refused with the file named; a link that stays inside
 * is fine. Also: entry file names that break addresses, text that is not
 * UTF-8, and bodies too large for a page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { LARGE_FILE_BYTES } from '../../../src/checks/check-source-file.ts';
import { realFileWithin } from '../../../src/fs/fs-safety.ts';
import { addToPolicy, freshContentFolders, markdown, POLICY, shown, writeNews } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';
import { ADDRESS_BREAKING_NAMES } from '../../support/hostile-files.ts';

const freshContent = freshContentFolders();
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-outside-'));
const secret = path.join(outside, 'secret.pdf');
fs.writeFileSync(secret, '%PDF build machine secret');
afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

const OUT_OF_ROOT = /^是指向内容文件夹以外（.+）的链接，不能发布$/;

describe('symbolic links', () => {
  it('refuses an attachment that links out of the content folder (a file in /tmp, /etc/host.conf)', () => {
    const dir = freshContent();
    fs.rmSync(path.join(dir, 'policies/2025/附件1-评价指标.pdf'));
    fs.symlinkSync(secret, path.join(dir, 'policies/2025/附件1-评价指标.pdf'));
    fs.symlinkSync('/etc/host.conf', path.join(dir, 'policies/2025/host.pdf'));
    replaceIn(dir, POLICY, '    title: 附件1：信用评价指标表', '    title: 附件1：信用评价指标表\n  - file: host.pdf');
    const errors = checkContent(dir).errors;
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([
      [shown(dir, POLICY), 15, '附件 › 第1项 › 文件名（attachments[0].file）'],
      [shown(dir, POLICY), 17, '附件 › 第2项 › 文件名（attachments[1].file）'],
    ]);
    expect(errors[0]!.found).toMatch(/^"附件1-评价指标\.pdf"，是指向内容文件夹以外（.+secret\.pdf）的链接，不能发布$/);
    expect(errors[1]!.found).toContain('/etc/host.conf');
  });

  it('refuses a body image and an entry that link out, and a linked folder', () => {
    const dir = freshContent();
    fs.symlinkSync(secret, path.join(dir, 'policies/2025/chart.png'));
    addToPolicy(dir, '![客运量变化图](chart.png)');
    const entry = path.join(outside, 'entry.md');
    fs.writeFileSync(
      entry,
      markdown(['title: 外部文件', 'column: tzgg', 'publishDate: "2025-06-01 09:00"', 'source: 办公室']),
    );
    fs.symlinkSync(entry, path.join(dir, 'news/linked.md'));
    fs.mkdirSync(path.join(outside, 'folder'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'folder', 'x.md'), fs.readFileSync(entry));
    fs.symlinkSync(path.join(outside, 'folder'), path.join(dir, 'news/folder'));
    const errors = checkContent(dir).errors;
    expect(errors).toContainEqual({
      file: shown(dir, POLICY),
      line: 23,
      field: '正文 › 图片',
      expected: expect.any(String),
      found: expect.stringMatching(
        /^!\[客运量变化图\]\(chart\.png\)，是指向内容文件夹以外（.+secret\.pdf）的链接，不能发布$/,
      ),
    });
    const linked = errors.find((e) => e.file === shown(dir, 'news/linked.md'));
    expect(linked).toMatchObject({ line: 1, field: '文件位置', found: expect.stringMatching(OUT_OF_ROOT) });
    // Node's recursive listing does not enter a linked folder: its files are never entries.
    expect(checkContent(dir).entries.some((e) => e.path.includes(`${path.sep}folder${path.sep}`))).toBe(false);
  });

  it('refuses a data list that links out', () => {
    const dir = freshContent();
    const csv = fs.readdirSync(path.join(dir, 'lists')).find((f) => f.endsWith('.csv'))!;
    fs.copyFileSync(path.join(dir, 'lists', csv), path.join(outside, csv));
    fs.rmSync(path.join(dir, 'lists', csv));
    fs.symlinkSync(path.join(outside, csv), path.join(dir, 'lists', csv));
    const errors = checkContent(dir).errors;
    expect(errors).toEqual([
      expect.objectContaining({ file: shown(dir, `lists/${csv}`), line: 1, found: expect.stringMatching(OUT_OF_ROOT) }),
    ]);
  });

  it('accepts links that stay inside the content folder, and a content folder that is itself a link', () => {
    const dir = freshContent();
    fs.renameSync(path.join(dir, 'policies/2025/附件1-评价指标.pdf'), path.join(dir, 'policies/real.pdf'));
    fs.symlinkSync('../real.pdf', path.join(dir, 'policies/2025/附件1-评价指标.pdf'));
    const link = `${dir}-link`;
    fs.symlinkSync(dir, link);
    expect(checkContent(dir).errors).toEqual([]);
    expect(checkContent(link).errors).toEqual([]);
    expect(realFileWithin(path.join(link, 'policies/2025/附件1-评价指标.pdf'), link)).toEqual({
      ok: true,
      path: path.join(fs.realpathSync(dir), 'policies/real.pdf'),
    });
  });
});

describe('file names, encoding and size', () => {
  it.each(ADDRESS_BREAKING_NAMES)(
    'refuses the entry file name %s, which would build a page no link reaches',
    (name) => {
      const dir = freshContent();
      writeNews(dir, `news/${name}`, '会议', '正文。');
      const errors = checkContent(dir).errors;
      expect(errors).toEqual([expect.objectContaining({ file: shown(dir, `news/${name}`), line: 1, field: '文件名' })]);
    },
  );

  it('names the first line that is not UTF-8 (a file saved as GBK) instead of publishing ���', () => {
    const dir = freshContent();
    const gbk = Buffer.from([0xb5, 0xc0, 0xc2, 0xb7]); // 道路 in GBK
    const lines = markdown(
      ['title: 会议', 'column: tzgg', 'publishDate: "2025-06-01 09:00"', 'source: 办公室'],
      '第一段。',
    ).split('\n');
    fs.writeFileSync(
      path.join(dir, 'news/gbk.md'),
      Buffer.concat([Buffer.from(`${lines.slice(0, 6).join('\n')}\n`), gbk, Buffer.from('运输\n')]),
    );
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'news/gbk.md'),
        line: 7,
        field: '文件编码',
        expected: expect.stringContaining('UTF-8'),
        found: expect.stringContaining('第 7 行'),
      },
    ]);
  });

  it('warns about a body above 2 MB', () => {
    const dir = freshContent();
    writeNews(dir, 'news/huge.md', '会议', '道路运输。'.repeat(Math.ceil(LARGE_FILE_BYTES / 15) + 10));
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: shown(dir, 'news/huge.md'),
        line: 1,
        field: '整个文件',
        found: expect.stringMatching(/^2\.\d MB$/),
      }),
    );
  });
});

describe('site.yaml encoding', () => {
  it('names the line of site.yaml that is not UTF-8', () => {
    const dir = freshContent();
    const file = path.join(dir, 'site.yaml');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('sponsor:'));
    const gbk = Buffer.concat([
      Buffer.from(`${lines.slice(0, at).join('\n')}\nsponsor: `),
      Buffer.from([0xca, 0xbe, 0xc0, 0xfd]),
      Buffer.from(`\n${lines.slice(at + 1).join('\n')}`),
    ]);
    fs.writeFileSync(file, gbk);
    const { errors } = checkContent(dir);
    expect(errors).toEqual([
      expect.objectContaining({
        file: shown(dir, 'site.yaml'),
        line: at + 1,
        found: expect.stringContaining(`第 ${at + 1} 行含有不是 UTF-8 的字节`),
      }),
    ]);
  });
});
