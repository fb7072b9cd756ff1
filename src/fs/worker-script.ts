/**
 * Where a worker thread's or child process's script is. Beside the module
 * that starts it; but when Astro has bundled that module into its compiled
 * config (somewhere under node_modules/.vite), nothing is beside it, and
 * the script is the one at the same place in the project's src/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @param moduleUrl the starting module's `import.meta.url`
 * @param srcPath the script's path under src/, e.g. `checks/check-worker.ts`
 */
export function workerScript(moduleUrl: string, srcPath: string): string {
  const beside = fileURLToPath(new URL(`./${path.basename(srcPath)}`, moduleUrl));
  return fs.existsSync(beside) ? beside : path.resolve('src', srcPath);
}
