/**
 * The six mandated sections of a 年报 body, in order (《中华人民共和国政府
 * 信息公开工作年度报告格式》, 国办公开办函〔2021〕30号, after 《条例》第五十条). The
 * body's level-2 headings (`## 一、总体情况` …) must be exactly those six, so
 * the tables can be placed right under the headings of sections 二, 三 and
 * 四 and readers of every year's report find the same structure.
 *
 * Both the check and the page read the headings from the rendered HTML, so
 * they agree on what a heading is (ATX or setext, not inside code). A report
 * written in 繁體 writes them in 繁體 (一、總體情況): headings are compared
 * in simplified form.
 */
import { toSimplified, toTraditionalChars } from '../utils/han-script.ts';

export interface HtmlSection {
  /** The `<h2>…</h2>` element. */
  heading: string;
  /** Everything after it up to the next `<h2>`. */
  body: string;
}

/** Rendered body HTML cut at its `<h2>` headings. */
export function splitAtSections(html: string): { intro: string; sections: HtmlSection[] } {
  const parts = html.split(/(?=<h2[\s>])/);
  const intro = parts[0]!.startsWith('<h2') ? '' : parts.shift()!;
  return {
    intro,
    sections: parts.map((part) => {
      const end = part.indexOf('</h2>') + '</h2>'.length;
      return { heading: part.slice(0, end), body: part.slice(end) };
    }),
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text of every `<h2>` of rendered HTML, in order. */
export function sectionHeadings(html: string): string[] {
  return splitAtSections(html).sections.map((s) =>
    s.heading
      .replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ENTITIES[e]!)
      .trim(),
  );
}

/** What is wrong with the headings, in words; undefined when they are exactly the six. */
export function sectionOrderProblem(headings: readonly string[], sections: readonly string[]): string | undefined {
  for (let i = 0; i < Math.max(headings.length, sections.length); i++) {
    const found = headings[i];
    const wanted = sections[i];
    if (found === wanted || (found !== undefined && toSimplified(found) === wanted)) continue;
    if (wanted === undefined) return `多出第${i + 1}个二级标题“${found}”（其余内容请用 ### 三级标题）`;
    if (found === undefined) return `缺少“${wanted}”`;
    const elsewhere = headings.findIndex((h) => h === wanted || toSimplified(h) === wanted);
    return elsewhere === -1
      ? `第${i + 1}个二级标题应为“${wanted}”（繁體写作“${toTraditionalChars(wanted)}”），实际为“${found}”`
      : `“${wanted}”应为第${i + 1}个二级标题，实际为第${elsewhere + 1}个`;
  }
  return undefined;
}
