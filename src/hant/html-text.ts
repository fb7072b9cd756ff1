/**
 * Converts the readable text of an HTML fragment (a rendered body): text
 * between tags and the alt and title attributes. Markup, URLs, ids (heading
 * anchors stay the same in both scripts) and code are left as they are.
 */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const TEXT_ATTRIBUTE = /(\s(?:alt|title)\s*=\s*)("[^"]*"|'[^']*')/gi;
const CODE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

export function convertHtmlText(html: string, convert: (text: string) => string): string {
  let out = '';
  let last = 0;
  /** How deep inside code we are. */
  let code = 0;
  for (const m of html.matchAll(TAG)) {
    const text = html.slice(last, m.index);
    out += code > 0 ? text : convert(text);
    const [whole, closing, name, attributes] = m;
    const tag = name?.toLowerCase();
    if (tag && CODE.has(tag)) code += closing ? -1 : 1;
    out +=
      !tag || closing || code > 0 || !attributes
        ? whole
        : `<${name}${attributes.replace(TEXT_ATTRIBUTE, (_a, before: string, quoted: string) => before + quoted[0] + convert(quoted.slice(1, -1)) + quoted[0])}>`;
    last = m.index + whole.length;
  }
  const rest = html.slice(last);
  return out + (code > 0 ? rest : convert(rest));
}
