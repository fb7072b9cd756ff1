/**
 * Script on the site's origin: attachment types outside the allow-list are
 * refused (an .html or .svg attachment would run its script under /files/),
 * SVG body images with active content are refused by the same step the
 * build runs (`npm run check` runs it too), and a clean SVG is published
 * sanitised, never byte for byte.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES_EXPECTED } from '../../../src/checks/attachment-types.ts';
import { checkContent } from '../../../src/checks/check-content.ts';
import { FileDigests } from '../../../src/catalogue/file-digests.ts';
import { collectPublishedFiles, SVG_SCRIPT_EXPECTED } from '../../../src/publish/published-files.ts';
import { sanitizeSvg } from '../../../src/publish/safe-svg.ts';
import { loadSiteSettings } from '../../../src/schemas/site-settings.ts';
import { addToPolicy, freshContentFolders, POLICY, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';
import { HOSTILE_SVGS, SCRIPT_ATTACHMENTS } from '../../support/hostile-files.ts';
import { projectRoot } from '../../support/paths.ts';

const freshContent = freshContentFolders();

/** The check, then the build's second step (images read, SVGs sanitised), as `npm run check` and the build run them. */
async function checkAndCollect(dir: string) {
  const report = checkContent(dir);
  const files = await collectPublishedFiles(report, loadSiteSettings(dir), new FileDigests(), 'build');
  return { report, errors: [...report.errors, ...files.problems], files: files.files };
}

describe('attachment types', () => {
  it.each(SCRIPT_ATTACHMENTS)('refuses a %s attachment, naming the file and field', (name) => {
    const dir = freshContent();
    write(dir, `policies/2025/${name}`, '<script>alert(document.domain)</script>');
    replaceIn(dir, POLICY, 'file: 附件1-评价指标.pdf', `file: "${name}"`);
    const errors = checkContent(dir).errors;
    expect(errors).toEqual([
      {
        file: shown(dir, POLICY),
        line: 15,
        field: '附件 › 第1项 › 文件名（attachments[0].file）',
        expected: ATTACHMENT_TYPES_EXPECTED,
        found: expect.stringContaining(`"${name}"，是 `),
      },
    ]);
  });

  it('accepts the document, data, archive and image types a 政务公开 site publishes', () => {
    const dir = freshContent();
    const names = ['a.PDF', 'b.ofd', 'c.docx', 'd.wps', 'e.xlsx', 'f.et', 'g.csv', 'h.zip', 'i.7z', 'j.jpg', 'k.mp4'];
    for (const n of names) write(dir, `policies/2025/${n}`, 'x');
    replaceIn(dir, POLICY, '  - file: 附件1-评价指标.pdf', names.map((n) => `  - file: ${n}`).join('\n'));
    expect(checkContent(dir).errors).toEqual([]);
    expect(ATTACHMENT_TYPES_EXPECTED).toContain('pdf、ofd、doc、docx');
  });
});

describe('SVG body images', () => {
  it.each(Object.entries(HOSTILE_SVGS))(
    'refuses an SVG with %s, at its line, in the check and the build alike',
    async (_name, svg) => {
      const dir = freshContent();
      write(dir, 'policies/2025/chart.svg', svg);
      addToPolicy(dir, '![客运量变化图](chart.svg)');
      const { report, errors } = await checkAndCollect(dir);
      expect(report.errors).toEqual([]);
      expect(errors).toEqual([
        {
          file: shown(dir, POLICY),
          line: 23,
          field: '正文 › 图片',
          expected: SVG_SCRIPT_EXPECTED,
          found: expect.stringMatching(/^!\[客运量变化图\]\(chart\.svg\)：含有 /),
        },
      ]);
    },
  );

  it('publishes a clean SVG sanitised: links out of the file removed, shapes kept', async () => {
    const dir = freshContent();
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60"><defs><path id="p" d="M0 0h10v10z"/></defs><use xlink:href="#p"/><image href="https://evil.example/track.png" width="1" height="1"/><text x="5" y="30">客运量</text></svg>';
    write(dir, 'policies/2025/chart.svg', svg);
    addToPolicy(dir, '![客运量变化图](chart.svg)');
    const { errors, files } = await checkAndCollect(dir);
    expect(errors).toEqual([]);
    const image = files.images.get(path.join(dir, 'policies/2025/chart.svg'))!;
    expect(image.format).toBe('svg');
    expect(image.safeSvg).toContain('<use xlink:href="#p"/>');
    expect(image.safeSvg).toContain('客运量');
    expect(image.safeSvg).not.toContain('evil.example');
  });

  it('refuses an SVG in a stand-alone page, whose images Astro publishes as they are', () => {
    const dir = freshContent();
    write(dir, 'pages/map.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    write(
      dir,
      'pages/map.md',
      ['---', 'title: 地图', 'updated: 2025-01-01', '---', '', '![办事地点地图](map.svg)', ''].join('\n'),
    );
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'pages/map.md'),
        line: 6,
        field: '正文 › 图片',
        expected: expect.stringContaining('PNG'),
        found: '![办事地点地图](map.svg)，是 SVG 文件',
      },
    ]);
  });

  it('sanitises every hostile SVG of the corpus to a file with no script, handler, script URL or foreign content', async () => {
    for (const svg of Object.values(HOSTILE_SVGS)) {
      const safe = await sanitizeSvg(svg);
      expect(safe.active.length, svg).toBeGreaterThan(0);
      expect(safe.svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=|javascript:|<iframe|<a[\s>]/i);
    }
  });
});

describe('npm run check and the build agree', () => {
  it('fails the check on a body SVG the build cannot read, and on one with script', () => {
    const dir = freshContent();
    write(dir, 'policies/2025/broken.svg', '这不是图片');
    write(dir, 'policies/2025/chart.svg', HOSTILE_SVGS['a script element']!);
    addToPolicy(dir, ['![损坏的图](broken.svg)', '![客运量变化图](chart.svg)']);
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'src/integrations/check-cli.ts')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, GONGKAI_CONTENT_DIR: dir, GONGKAI_CACHE_DIR: path.join(dir, '.cache') },
    });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('![损坏的图](broken.svg)：无法读取图片');
    expect(run.stdout).toContain('![客运量变化图](chart.svg)：含有 <script> 脚本');
    expect(run.stdout).toMatch(/：2 个错误，/);
  });
});
