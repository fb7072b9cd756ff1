/**
 * "Nothing changed since the published site was built": what lets
 * `npm run build` finish in seconds when an editor runs it twice, or a
 * scheduled job runs it on a quiet day (integrations/build-cli.ts).
 *
 * The inputs of a build are everything its output depends on, and all of it
 * goes into one fingerprint:
 * - every file under the content folder (site settings included), by path,
 *   size, modification and change time and inode, as git's index and make
 *   judge a file (a saved, copied, restored or checked-out file changes at
 *   least its change time);
 * - the framework: `src/`, `public/`, the Astro and TypeScript configuration,
 *   `package.json`, the lockfile and npm's record of what is installed
 *   (`node_modules/.package-lock.json`, rewritten by every `npm install`);
 * - the settings from the environment (GONGKAI_*, ASTRO_*, PUBLIC_*, VITE_*,
 *   NODE_ENV), the command's arguments and the Node version;
 * - the build date in Beijing time (utils/dates.ts buildDate): 征集意见 open
 *   or closed, 栏目更新 reminders and 年报 deadlines change with the day even
 *   when no file does.
 *
 * The fingerprint is recorded with the release it built, after the release
 * is published (phases/publish.ts); a build run any other way (plain
 * `astro build`) removes the record, so it can never vouch for a site it did
 * not see built. A build is skipped only when the record's fingerprint is
 * today's and `dist` still links to that release. `npm run build -- --force`
 * builds regardless; so does deleting the cache folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fs/fs-safety.ts';
import { currentRelease } from './staged-output.ts';

export const INPUTS_FILE = 'published-inputs.json';

/** The framework's files and folders, relative to the project folder. */
const FRAMEWORK = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
];
const ENV_PREFIXES = ['GONGKAI_', 'ASTRO_', 'PUBLIC_', 'VITE_'];
const ENV_NAMES = new Set(['NODE_ENV']);
/** Handed from `npm run build` to the Astro process: the fingerprint itself, not an input. */
export const FINGERPRINT_ENV = 'GONGKAI_INPUT_FINGERPRINT';

export interface BuildInputs {
  /** The project folder (where astro.config.mjs is). */
  project: string;
  /** The content folder. */
  content: string;
  env: NodeJS.ProcessEnv;
  /** The arguments passed on to `astro build`. */
  args: readonly string[];
  /** The build date (YYYY-MM-DD, Beijing). */
  today: string;
}

export interface PublishedInputs {
  fingerprint: string;
  /** The release folder's name (beside `dist`). */
  release: string;
  /** When it was published (ISO time). */
  publishedAt: string;
}

/** Every file under `root` (a file or folder), as `path size mtime ctime inode` lines in path order. */
function fileLines(root: string, label: string): string[] {
  const top = fs.statSync(root, { throwIfNoEntry: false });
  if (!top) return [`${label} missing`];
  const line = (rel: string, st: fs.Stats) => `${rel}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}`;
  if (!top.isDirectory()) return [line(label, top)];
  const lines: string[] = [];
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const full = path.join(entry.parentPath, entry.name);
    // A link is judged by what it points to (statSync follows it); a dangling one by its own entry.
    const st = fs.statSync(full, { throwIfNoEntry: false }) ?? fs.lstatSync(full);
    lines.push(line(`${label}/${path.relative(root, full)}`, st));
  }
  return lines.sort();
}

/** The fingerprint of everything a build's output depends on (see the header). */
export function inputFingerprint(inputs: BuildInputs): string {
  const hash = crypto.createHash('sha256');
  const add = (text: string) => hash.update(text).update('\n');
  add(`node ${process.version}`);
  add(`today ${inputs.today}`);
  add(`args ${JSON.stringify(inputs.args)}`);
  const env = Object.keys(inputs.env)
    .filter((k) => k !== FINGERPRINT_ENV && (ENV_NAMES.has(k) || ENV_PREFIXES.some((p) => k.startsWith(p))))
    .sort();
  for (const k of env) add(`env ${k}=${inputs.env[k]}`);
  add(`content ${path.resolve(inputs.content)}`);
  for (const l of fileLines(inputs.content, 'content')) add(l);
  for (const f of FRAMEWORK) for (const l of fileLines(path.join(inputs.project, f), f)) add(l);
  return hash.digest('hex');
}

function readRecord(cacheDir: string): PublishedInputs | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(cacheDir, INPUTS_FILE), 'utf8')) as PublishedInputs;
  } catch {
    return undefined;
  }
}

/**
 * The record of the published site when it was built from exactly these
 * inputs and is still the one `outDir` links to; otherwise undefined.
 */
export function publishedUnchanged(cacheDir: string, outDir: string, fingerprint: string): PublishedInputs | undefined {
  const record = readRecord(cacheDir);
  if (!record || record.fingerprint !== fingerprint) return undefined;
  const release = currentRelease(outDir);
  if (!release || path.basename(release) !== record.release) return undefined;
  return fs.existsSync(path.join(release, 'index.html')) ? record : undefined;
}

/**
 * After a publish: records the fingerprint with the release now linked, or
 * removes the record when the build had no fingerprint (plain `astro build`).
 */
export function recordPublishedInputs(cacheDir: string, outDir: string, fingerprint: string | undefined): void {
  const file = path.join(cacheDir, INPUTS_FILE);
  const release = currentRelease(outDir);
  if (!fingerprint || !release) {
    fs.rmSync(file, { force: true });
    return;
  }
  const record: PublishedInputs = {
    fingerprint,
    release: path.basename(release),
    publishedAt: new Date().toISOString(),
  };
  writeFileAtomic(file, `${JSON.stringify(record, null, 1)}\n`);
}
