/**
 * Worker thread that reads attachments on request: `{ file, ext, out }` in,
 * the result written as JSON to `out` (text can be large; the main thread
 * reads it when it needs it), `{ ok, reason? }` back. The pool
 * (extraction.ts) ends a worker that takes too long and starts another.
 */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { writeFileAtomic } from '../fs/fs-safety.ts';
import { extractBytes } from './extract.ts';
import type { ExtractResult } from './types.ts';

interface Task {
  file: string;
  ext: string;
  out: string;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The libraries' messages are English; say what it means and keep theirs for whoever debugs it.
  return /[\u4e00-\u9fff]/.test(message)
    ? message
    : `文件无法解析（已损坏、加密或不是声称的格式）：${message.slice(0, 200)}`;
}

parentPort!.on('message', async (task: Task) => {
  let result: ExtractResult;
  try {
    result = await extractBytes(task.ext, fs.readFileSync(task.file));
  } catch (error) {
    result = { ok: false, reason: reasonOf(error) };
  }
  writeFileAtomic(task.out, JSON.stringify(result));
  parentPort!.postMessage(result.ok ? { ok: true } : { ok: false, reason: result.reason });
});
