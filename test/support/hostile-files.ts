/**
 * The hostile-file corpus: files an editor (or whoever got into the
 * content repository) may put beside an entry that would run script on the
 * site's origin if published as they are, and file names that break
 * addresses. Used by the check tests, the build test that opens the
 * published files in Chromium, and the fuzzers.
 */

/** Every script-bearing type a browser runs as a document, plus a few that are simply unknown. */
export const SCRIPT_ATTACHMENTS = [
  '说明.html',
  'page.HTM',
  'x.xhtml',
  '图.svg',
  'a.svgz',
  'data.xml',
  'run.js',
  'm.mjs',
  'old.swf',
  'x.shtml',
  'p.php',
  'a.exe',
  'mail.eml',
  'x.mht',
];

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20"';

/** SVG images with active content, each of which must be refused (and would be stripped). */
export const HOSTILE_SVGS: Record<string, string> = {
  'a script element': `<svg ${NS}><script>parent.postMessage('svg-script',"*");document.title='pwned'</script><rect width="4" height="4"/></svg>`,
  'a CDATA script with a type': `<?xml version="1.0"?><svg ${NS}><script type="text/ecmascript"><![CDATA[ document.title='pwned' ]]></script></svg>`,
  'an onload handler': `<svg ${NS} onload="document.title='pwned'"><rect width="4" height="4"/></svg>`,
  'a handler on a shape': `<svg ${NS}><rect width="40" height="20" onmouseover="document.title='pwned'" ONCLICK="alert(1)"/></svg>`,
  'a javascript: link': `<svg ${NS}><a xlink:href="javascript:document.title='pwned'"><text y="15">点我</text></a></svg>`,
  'a spaced JaVaScRiPt: link': `<svg ${NS}><a href=" JaVa&#x09;ScRiPt:alert(1)"><rect width="4" height="4"/></a></svg>`,
  'a foreignObject with HTML': `<svg ${NS}><foreignObject width="40" height="20"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="document.title='pwned'"/></body></foreignObject></svg>`,
  'an animation writing a link': `<svg ${NS}><a><animate attributeName="href" values="javascript:alert(1)"/><text y="15">x</text></a></svg>`,
  'a set writing a handler': `<svg ${NS}><set attributeName="onmouseover" to="alert(1)"/></svg>`,
  'an iframe': `<svg ${NS}><iframe src="javascript:alert(1)"></iframe></svg>`,
};

/** Entry file names that would publish a page no link reaches. */
export const ADDRESS_BREAKING_NAMES = ['a#b.md', 'what?.md', '%2e%2e.md', 'x%20y.md', 'back\\slash.md', '...md'];

/** `.mdx` page bodies that run code at build time or ship script, each with what the check must say it found. */
export const HOSTILE_MDX: Record<string, [body: string, found: string]> = {
  'a Node import': ["import fs from 'node:fs';", 'import "node:fs"'],
  'a package import': ["import { execSync } from 'child_process'", 'import "child_process"'],
  'a bare import': ["import '../../../evil.js';", 'import "../../../evil.js"'],
  'an export': ['export const token = 1;', 'export 语句'],
  'a secret in an expression': ['密钥：{process.env.CI_TOKEN}', '表达式 {process.env.CI_TOKEN}'],
  'import.meta.env': ['{import.meta.env.SECRET}', 'import.meta'],
  eval: ['{eval("1+1")}', '表达式'],
  'a dynamic import': ["{await import('node:fs')}", '表达式'],
  'a script element': ['<script>fetch("/admin/")</script>', '<script> 脚本'],
  'an event handler': ['<img src="x.png" alt="x" onerror="alert(1)" />', '事件属性 onerror'],
  'a javascript: link': ['<a href="javascript:alert(1)">点这里</a>', '脚本地址 javascript:'],
  'set:html': ['<div set:html={"<b>x</b>"} />', 'set:html'],
};

/** Values that look like site paths but a browser takes for another host. */
export const OTHER_HOST_PATHS = [
  '//evil.example/',
  '/\\evil.example/',
  '//evil.example',
  '/\\/evil.example',
  '///evil.example',
];

HOSTILE_MDX['an iframe srcdoc'] = ['<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>', '<iframe> 元素'];
HOSTILE_MDX['a meta refresh'] = ['<meta http-equiv="refresh" content="0;url=https://evil.example" />', '<meta> 元素'];
HOSTILE_MDX['Function reached without its name'] = ['{[].constructor.constructor("return process")()}', '表达式'];
HOSTILE_MDX['a template literal'] = ['{`${1}`}', '表达式'];
