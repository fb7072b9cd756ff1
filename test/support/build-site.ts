/**
 * Runs the real `astro build` on a content folder, in a child process with
 * the project's own Node, and returns its output and exit status.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot, TEST_TODAY, testTmp } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

export function buildSite(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      GONGKAI_CONTENT_DIR: contentDir,
      GONGKAI_OUT_DIR: outDir,
      GONGKAI_CACHE_DIR: path.join(testTmp, 'cache', path.basename(outDir)),
      GONGKAI_TODAY: TEST_TODAY,
      ...extraEnv,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
