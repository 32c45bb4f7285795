/**
 * NODE ONLY. `validateContent` with the entry-analysis cache, run in a worker thread: what
 * `astro build` starts first, so the content gate reads and checks every file on one core while
 * Astro starts Vite and syncs its content store on the other. Measured at 10,000 achievements
 * (2 cores): the gate's ≈ 3.5 s no longer come before the content sync. The verdict is awaited
 * before anything is rendered (src/integrations/validate-content.ts).
 *
 * The worker runs this same file: `import.meta.url`, with a mark in its data so that importing
 * the module anywhere else starts nothing.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { openEntryAnalyses } from './analysis-cache.ts';
import { validateContent, type ValidationResult } from './content.ts';

const MARK = 'thidua:validate-content';

interface Job {
  mark: typeof MARK;
  root: string;
}

/** Validates the content of the project at `root` in a worker thread; saves the analysis cache. */
export function validateInWorker(root: string): Promise<ValidationResult> {
  return new Promise((resolve, reject) => {
    const job: Job = { mark: MARK, root };
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    let answered = false;
    worker.once('message', (result: ValidationResult) => {
      answered = true;
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the content validator stopped without a verdict (exit code ${code})`));
    });
  });
}

async function runJob({ root }: Job): Promise<ValidationResult> {
  // Each file's own checks are kept between builds; a rebuild re-reads changed files only.
  const analyses = await openEntryAnalyses(root);
  const result = await validateContent({ root, analyses });
  await analyses.save();
  return result;
}

if (!isMainThread && (workerData as Partial<Job> | null)?.mark === MARK) {
  parentPort!.postMessage(await runJob(workerData as Job));
}
