/**
 * The six mandated sections of a 年报 body, in order (STANDARDS §3.1). The
 * body's level-2 headings (`## 一、总体情况` …) must be exactly those six, so
 * the tables can be placed under 二, 三 and 四 and readers of every year's
 * report find the same structure.
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const H2 = /^\s{0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** The text of every `## ` heading outside fenced code, in order. */
export function sectionHeadings(markdown: string): string[] {
  const body = markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const f = FENCE.exec(line)?.[1];
    if (f && (!fence || f.startsWith(fence))) {
      fence = fence ? undefined : f.slice(0, 3);
      continue;
    }
    if (fence) continue;
    const h = H2.exec(line);
    if (h) headings.push(h[1]!.trim());
  }
  return headings;
}

/** What is wrong with the headings, in words; undefined when they are exactly the six. */
export function sectionOrderProblem(headings: readonly string[], sections: readonly string[]): string | undefined {
  for (let i = 0; i < Math.max(headings.length, sections.length); i++) {
    const found = headings[i];
    const wanted = sections[i];
    if (found === wanted) continue;
    if (wanted === undefined) return `多出第${i + 1}个二级标题“${found}”（其余内容请用 ### 三级标题）`;
    if (found === undefined) return `缺少“${wanted}”`;
    const elsewhere = headings.indexOf(wanted);
    return elsewhere === -1
      ? `第${i + 1}个二级标题应为“${wanted}”，实际为“${found}”`
      : `“${wanted}”应为第${i + 1}个二级标题，实际为第${elsewhere + 1}个`;
  }
  return undefined;
}

export interface HtmlSection {
  /** The `<h2>…</h2>` element. */
  heading: string;
  /** Everything after it up to the next `<h2>`. */
  body: string;
}

/**
 * Rendered body HTML cut at its `<h2>` headings, so the tables can be put
 * right under the headings of sections 二, 三 and 四. The check above has
 * made sure there are exactly six, in order.
 */
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
