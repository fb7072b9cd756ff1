/** The interpretations schema: 解读形式 and the policy being interpreted. */
import { describe, expect, it } from 'vitest';
import { interpretationSchema } from '../../../src/schemas/interpretation.ts';
import { baseDocument, expectOneProblem, parsed } from '../../support/schema-problems.ts';

const goodInterpretation = { ...baseDocument, policy: '2025/freight-rules' };

describe('interpretations schema', () => {
  it('accepts a good interpretation with form default 文字', () => {
    expect(parsed(interpretationSchema, goodInterpretation)).toEqual({
      title: goodInterpretation.title,
      publisher: ['示例省交通运输厅'],
      publishDate: '2025-03-08 00:00',
      topic: '工业、交通\\公路',
      disclosure: '主动公开',
      attachments: [],
      form: '文字',
      policy: '2025/freight-rules',
    });
    expect(parsed(interpretationSchema, { ...goodInterpretation, form: '问答' }).form).toBe('问答');
  });

  it('rejects a wrong form', () => {
    expectOneProblem(
      interpretationSchema,
      { ...goodInterpretation, form: '漫画' },
      {
        field: '解读形式（form）',
        expected: '应为以下之一（简体、繁體均可）：文字、图解（圖解）、问答（問答）、访谈（訪談）、视频（視頻）',
        found: '"漫画"',
      },
    );
  });

  it('requires the policy it interprets', () => {
    const { policy: _omit, ...noPolicy } = goodInterpretation;
    expectOneProblem(interpretationSchema, noPolicy, {
      field: '所解读文件（policy）',
      expected: '必填项；应填写所解读政策文件的文件名（不含 .md），例如 2024/road-freight-rules',
      found: '未填写',
    });
  });

  it('checks writtenDate against publishDate', () => {
    expectOneProblem(
      interpretationSchema,
      { ...goodInterpretation, writtenDate: '2025-03-10' },
      {
        field: '成文日期（writtenDate）',
        expected: '成文日期应不晚于发布日期（2025-03-08）',
        found: '"2025-03-10"',
      },
    );
  });
});
