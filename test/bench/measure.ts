/**
 * Runs one command and measures it for the build benchmark:
 * - CPU: user + system seconds of the whole process tree, threads included,
 *   from the kernel's accounting of waited-for processes (reap-time.py: like
 *   GNU time, but it also waits for descendants that outlived their parent,
 *   such as the Pagefind service of a search worker, which GNU time misses);
 * - peak RSS of the largest single process, from the same accounting;
 * - peak RSS of the whole tree: the sum of VmRSS over the command and all its
 *   descendants, read from /proc every SAMPLE_MS (a sampled peak, so a spike
 *   shorter than that can be missed);
 * - and, given a limit, kills the whole tree when that sum passes it (stock
 *   Pagefind grows past 16 GiB on 100,000 documents): the run then reports
 *   the size it was killed at instead of failing the benchmark.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE_MS = 200;
const PAGE_KB = 4;

export interface Measured {
  wall: number;
  cpu: number;
  /**
   * CPU of the command and the descendants it waited for itself: GNU time's
   * figure, without orphans such as the search workers' Pagefind services.
   * The baseline check uses it, as the baseline was measured that way.
   */
  ownCpu: number;
  /** Largest single process, MB. */
  maxProcMb: number;
  /** Sum over the process tree, sampled, MB. */
  treeMb: number;
  /** Set when the tree passed the memory limit and was killed: the tree's size then, GiB. */
  killedAtGib?: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** pid → parent pid and resident KB, for every process now running. */
function processTable(): Map<number, { ppid: number; rssKb: number }> {
  const table = new Map<number, { ppid: number; rssKb: number }>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields are counted after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rssKb: Number(fields[21]) * PAGE_KB });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** `root`'s descendants now running, and the resident KB of `root` with all of them. */
export function processTree(root: number): { descendants: number[]; rssKb: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, p] of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const descendants: number[] = [];
  let rssKb = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    rssKb += table.get(pid)?.rssKb ?? 0;
    if (pid !== root) descendants.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return { descendants, rssKb };
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the tree when its resident size passes this many bytes. */
  limitBytes?: number;
}

let python: boolean | undefined;
function hasPython(): boolean {
  if (python === undefined) {
    python = spawnSync('python3', ['-c', 'import ctypes, resource'], { stdio: 'ignore' }).status === 0;
    if (!python)
      console.warn(
        'bench: python3 not found, so CPU is measured with GNU time, which misses orphaned processes (the Pagefind services)',
      );
  }
  return python;
}

export async function measure(command: string, args: string[], options: MeasureOptions): Promise<Measured> {
  const timeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-')), 'time');
  const started = process.hrtime.bigint();
  const reaper = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reap-time.py');
  // Without Python, GNU time: the same figures, except that orphaned processes go uncounted.
  const [wrapper, wrapperArgs] = hasPython()
    ? ['python3', [reaper, timeFile, command, ...args]]
    : ['/usr/bin/time', ['-f', '%U %S %M %e', '-o', timeFile, command, ...args]];
  const child = spawn(wrapper, wrapperArgs, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  let peakKb = 0;
  let killedAtGib: number | undefined;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    peakKb = Math.max(peakKb, tree.rssKb);
    if (options.limitBytes && tree.rssKb * 1024 > options.limitBytes && killedAtGib === undefined) {
      killedAtGib = tree.rssKb / 1024 / 1024;
      // Everything under the wrapper, not the wrapper itself: it still reports the CPU spent until then.
      for (const pid of tree.descendants) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  }, SAMPLE_MS);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(sampler);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  // The figures are the last line (GNU time may write "Command exited with non-zero status" first).
  const timed = fs.existsSync(timeFile)
    ? fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.trim().split(/\s+/).map(Number)
    : [];
  fs.rmSync(path.dirname(timeFile), { recursive: true, force: true });
  const [user = NaN, sys = NaN, maxKb = NaN, ownWall, ownCpu] = timed.length >= 4 ? timed : [];
  return {
    // Until the command exited: a build that leaves the old site's deletion running in the background is done for its user.
    wall: ownWall ?? wall,
    cpu: user + sys,
    ownCpu: ownCpu ?? user + sys,
    maxProcMb: maxKb / 1024,
    treeMb: Math.max(peakKb, Number.isFinite(maxKb) ? maxKb : 0) / 1024,
    ...(killedAtGib !== undefined && { killedAtGib }),
    status,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}
