/** A worker thread of the 繁體 pass: converts the batches of pages it is sent (page-job.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { pageJob, type HantJobSettings } from './page-job.ts';

const job = pageJob(workerData as HantJobSettings);
parentPort!.on('message', (files: string[]) => {
  try {
    parentPort!.postMessage({ totals: job.run(files) });
  } catch (error) {
    parentPort!.postMessage({
      error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
    });
  }
});
