/**
 * Summarises V8 CPU profiles (`node --cpu-prof`): the functions with the most
 * self time, and self time by package or source folder, over every
 * .cpuprofile file in a folder (the build process and its workers).
 *
 *   NODE_OPTIONS="--cpu-prof --cpu-prof-dir=tmp/prof" npm run build
 *   node test/bench/profile-summary.ts tmp/prof [--top 30]
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "astro", "@astrojs/mdx", "src/hant", "node:fs" … from a script address. */
function owner(url: string): string {
  if (!url) return '(native / idle / gc)';
  if (url.startsWith('node:')) return url;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = url.indexOf('/src/');
  if (src >= 0)
    return url
      .slice(src + 1)
      .split('/')
      .slice(0, 2)
      .join('/');
  return path.basename(url);
}

export function summarise(dir: string, top = 30): string {
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  const perFile: string[] = [];
  let total = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    let fileTotal = 0;
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0;
      const frame = nodes.get(id)!.callFrame;
      if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
      const name = `${frame.functionName || '(anonymous)'} ${owner(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + us);
      byOwner.set(owner(frame.url), (byOwner.get(owner(frame.url)) ?? 0) + us);
      fileTotal += us;
    });
    total += fileTotal;
    perFile.push(`${(fileTotal / 1e6).toFixed(1).padStart(7)} s  ${file}`);
  }
  const rank = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, us]) => `${(us / 1e6).toFixed(2).padStart(7)} s ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`,
      );
  return [
    `busy time in profiles: ${(total / 1e6).toFixed(1)} s (idle and "(program)" left out)`,
    ...perFile,
    '',
    'self time by package / source folder:',
    ...rank(byOwner, 20),
    '',
    `top ${top} functions by self time:`,
    ...rank(byFunction, top),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node test/bench/profile-summary.ts <folder of .cpuprofile files> [--top 30]');
    process.exit(1);
  }
  const i = process.argv.indexOf('--top');
  console.log(summarise(dir, i > 0 ? Number(process.argv[i + 1]) : 30));
}
