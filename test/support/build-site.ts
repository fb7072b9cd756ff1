/**
 * Runs the real `astro build` (or `npm run build`'s command) on a content
 * folder, in a child process with the project's own Node, and returns its
 * output and exit status.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot, TEST_TODAY, testTmp } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** The settings a build of `contentDir` into `outDir` runs with (the benchmark's builds too). */
export function buildEnv(
  contentDir: string,
  outDir: string,
  cacheDir: string,
  today: string = TEST_TODAY,
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    GONGKAI_CONTENT_DIR: contentDir,
    GONGKAI_OUT_DIR: outDir,
    GONGKAI_CACHE_DIR: cacheDir,
    GONGKAI_TODAY: today,
  };
}

function run(command: string[], env: NodeJS.ProcessEnv): BuildResult {
  const result = spawnSync(process.execPath, command, {
    cwd: projectRoot,
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function buildSite(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const cache = path.join(testTmp, 'cache', path.basename(outDir));
  return run([astro, 'build'], { ...buildEnv(contentDir, outDir, cache), ...extraEnv });
}

/** `npm run build`'s command (src/integrations/build-cli.ts), as package.json runs it. */
export function npmRunBuild(
  contentDir: string,
  outDir: string,
  cacheDir: string,
  args: string[] = [],
  extraEnv: Record<string, string> = {},
): BuildResult {
  const cli = path.join(projectRoot, 'src', 'integrations', 'build-cli.ts');
  return run([cli, ...args], { ...buildEnv(contentDir, outDir, cacheDir), ...extraEnv });
}
