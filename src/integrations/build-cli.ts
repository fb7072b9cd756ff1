/**
 * `npm run build`: `astro build`, except when nothing that goes into the site
 * changed since the published one was built (publish/build-inputs.ts lists
 * what counts). Then the published site is already what this build would
 * make, and the command says so and stops: a second `npm run build`, or a
 * scheduled one on a day without edits, takes seconds instead of re-checking
 * and re-rendering every page.
 *
 *   npm run build                 build, or keep the site when nothing changed
 *   npm run build -- --force      build in any case
 *
 * Other arguments go to `astro build`. The fingerprint is handed to the Astro
 * process, which records it only once its release is published.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { FINGERPRINT_ENV, inputFingerprint, publishedUnchanged } from '../publish/build-inputs.ts';
import { StageTimer } from '../publish/stage-timer.ts';
import { cacheDirPath, outDirPath } from '../utils/build-dirs.ts';
import { contentRoot } from '../utils/content-root.ts';
import { buildDate } from '../utils/dates.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const astroArgs = args.filter((a) => a !== '--force');
const timer = new StageTimer();
timer.start('unchanged check');

let fingerprint: string | undefined;
try {
  fingerprint = inputFingerprint({
    project: process.cwd(),
    content: contentRoot(),
    env: process.env,
    args: astroArgs,
    today: buildDate(),
  });
} catch {
  // An unreadable input (or a wrong GONGKAI_TODAY): the build itself names the problem.
}
const cacheDir = cacheDirPath();
const outDir = outDirPath();
const unchanged = fingerprint && !force ? publishedUnchanged(cacheDir, outDir, fingerprint) : undefined;
timer.end('unchanged check');
if (unchanged) {
  // The benchmark reads this run's stages; a build writes its own.
  timer.save(cacheDir);
  const seconds = (performance.now() / 1000).toFixed(1);
  console.log(
    [
      `[gongkai] 内容、程序和设置自上次发布（${new Date(unchanged.publishedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}）以来均未改变，网站保持原样：${outDir} → ${unchanged.release}（判断用时 ${seconds} 秒）。`,
      '[gongkai] 如需查看检查提醒，请运行 npm run check；如需强制重新生成，请运行 npm run build -- --force。',
    ].join('\n'),
  );
} else {
  const astro = path.join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (fingerprint) env[FINGERPRINT_ENV] = fingerprint;
  else delete env[FINGERPRINT_ENV];
  const run = spawnSync(process.execPath, [astro, 'build', ...astroArgs], { stdio: 'inherit', env });
  process.exitCode = run.status ?? 1;
}
