/**
 * Child process that builds search shards on request, so several shards
 * are indexed at once on several cores. Receives `{ records, outDir, t2s }`
 * messages and answers with the shard's terms and its peak memory.
 */
import { parseCharMap } from '../utils/search-char-map.ts';
import { indexShard } from './index-shard.ts';
import type { SearchRecordSource } from './records.ts';

interface Task {
  id: string;
  records: SearchRecordSource[];
  outDir: string;
  t2s: string;
}

let t2sCache: { text: string; map: Map<string, string> } | undefined;

process.on('message', (task: Task) => {
  if (t2sCache?.text !== task.t2s) t2sCache = { text: task.t2s, map: parseCharMap(task.t2s) };
  const started = Date.now();
  indexShard(task.records, task.outDir, t2sCache.map).then(
    (result) =>
      process.send!({ id: task.id, ok: true, ...result, ms: Date.now() - started, rss: process.memoryUsage().rss }),
    (error: Error) => process.send!({ id: task.id, ok: false, error: error.stack ?? String(error) }),
  );
});
