/**
 * Control characters in published text: Word's manual line break (U+000B)
 * and page break (U+000C) are read as spaces; any other control character
 * (U+0001, ESC …) is an error naming the file, field and character, in
 * frontmatter, file names and data-list cells. Stand-alone pages, which
 * Astro reads itself, are told to remove Word's breaks too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROL_CHAR_EXPECTED } from '../../../src/checks/check-control-chars.ts';
import { checkContent } from '../../../src/checks/check-content.ts';
import { describeChar, forbiddenChar, xmlSafe } from '../../../src/utils/control-chars.ts';
import { freshContentFolders, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

describe('control characters', () => {
  it('reads Word line and page breaks in a title as spaces', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'news/meeting.md',
      'title: 省交通运输厅召开全省道路运输安全工作会议',
      'title: "省交通运输厅召开\\v全省道路运输\\f安全工作会议"',
    );
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.entries.find((e) => e.id === 'meeting')!.data.title).toBe(
      '省交通运输厅召开 全省道路运输 安全工作会议',
    );
  });

  it('reports U+0001 in a title and ESC in a letter writer, naming field and character', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'news/meeting.md',
      'title: 省交通运输厅召开全省道路运输安全工作会议',
      'title: "省交通运输厅\\u0001召开会议"',
    );
    replaceIn(dir, 'letters/reply-fast.md', /writer: .*/, 'writer: "王先生\\e[31m"');
    const { errors } = checkContent(dir);
    expect(errors).toEqual([
      {
        file: shown(dir, 'news/meeting.md'),
        line: 2,
        field: '标题（title）',
        expected: CONTROL_CHAR_EXPECTED,
        found: '第7个字符是 U+0001 控制字符',
      },
      {
        file: shown(dir, 'letters/reply-fast.md'),
        line: 4,
        field: '来信人（writer）',
        expected: CONTROL_CHAR_EXPECTED,
        found: '第4个字符是 U+001B 转义符 ESC',
      },
    ]);
  });

  it('asks a stand-alone page to remove a Word line break (Astro reads pages itself)', () => {
    const dir = freshContent();
    replaceIn(dir, 'pages/about.md', /^title: .*$/m, 'title: "关于\\v我们"');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'pages/about.md'),
        line: 2,
        field: '标题（title）',
        expected: CONTROL_CHAR_EXPECTED,
        found: '第3个字符是 U+000B 垂直制表符（Word 的手动换行）',
      },
    ]);
  });

  it('reports control characters in a file name and in a data-list cell', () => {
    const dir = freshContent();
    write(
      dir,
      'news/2025/a\u0007b.md',
      '---\ntitle: 会议\ncolumn: zwdt\npublishDate: "2025-06-01 09:00"\nsource: 办公室\n---\n\n正文。\n',
    );
    const list = path.join(dir, 'lists', 'xzcf.csv');
    fs.appendFileSync(
      list,
      '乙运输有限公司\u0002,法人及非法人组织,91990101MA6043894Q,周某,示交执罚〔2025〕97号,车辆超限运输,经查\u000b属实。,《公路安全保护条例》第六十四条,罚款,罚款0.5万元,0.5,,2025-09-26,示例省交通运输综合行政执法总队,2025-10-09\n',
    );
    const line = fs.readFileSync(list, 'utf8').trimEnd().split('\n').length;
    expect(checkContent(dir).errors).toEqual([
      // The file-name rule of the gate (check-source-file.ts) reports it before the text rule would.
      {
        file: shown(dir, 'news/2025/a\u0007b.md'),
        line: 1,
        field: '文件名',
        expected: '文件名和文件夹名不含 # ? % \\ 或控制字符（它们会使网页地址失效）',
        found: '2025/a\u0007b.md，含有 \\u0007',
      },
      {
        file: shown(dir, 'lists/xzcf.csv'),
        line,
        field: `第${line}行 › 列“行政相对人名称”`,
        expected: CONTROL_CHAR_EXPECTED,
        found: '第8个字符是 U+0002 控制字符',
      },
    ]);
  });

  it('finds lone surrogates and non-characters, and xmlSafe removes what XML 1.0 cannot hold', () => {
    expect(forbiddenChar('a\uD800b')).toEqual({ char: '\uD800', position: 2 });
    expect(forbiddenChar('😀\uFFFF')).toEqual({ char: '\uFFFF', position: 2 });
    expect(forbiddenChar('制表\t换行\n回车\r😀')).toBeUndefined();
    expect(describeChar('\u001b')).toBe('U+001B 转义符 ESC');
    expect(xmlSafe('a\u0001b\u000bc\u001b[0m\uFFFEd\uD800😀\t\n')).toBe('ab c[0md😀\t\n');
  });
});

describe('control characters in a body', () => {
  it('are reported with their line, Word line breaks included (the body is rendered as written)', async () => {
    const { addToPolicy, POLICY } = await import('../../support/content-cases.ts');
    const dir = freshContent();
    addToPolicy(dir, ['第一段\u000b手动换行。', '第二段\u001b[1m。']);
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, POLICY),
        line: 23,
        field: '正文',
        expected: CONTROL_CHAR_EXPECTED,
        found: '第4个字符是 U+000B 垂直制表符（Word 的手动换行）',
      },
      {
        file: shown(dir, POLICY),
        line: 25,
        field: '正文',
        expected: CONTROL_CHAR_EXPECTED,
        found: '第4个字符是 U+001B 转义符 ESC',
      },
    ]);
  });
});
