/**
 * Worker thread of parallel-check.ts: checks batches of content files
 * (check-job.ts) and answers with the valid ones. Says it is ready first,
 * so the pool hands it work only once its modules are loaded.
 */
import { parentPort } from 'node:worker_threads';
import { checkOneFile, type CheckJob, type CheckedFile } from './check-job.ts';

parentPort!.on('message', (batch: CheckJob[]) => {
  try {
    const results: CheckedFile[] = [];
    for (const job of batch) {
      const r = checkOneFile(job);
      if (r) results.push(r);
    }
    parentPort!.postMessage({ results, checked: batch.length });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort!.postMessage({ ready: true });
