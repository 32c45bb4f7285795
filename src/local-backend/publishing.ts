/**
 * How `npm start` publishes what the CMS saves, chosen by `CMS_PUBLISH_MODE` (the variable that
 * also chooses the production mode, src/cms/config.ts):
 * - `editorial_workflow` (default, in a Git checkout): Nháp → Chờ duyệt → Sẵn sàng → Công bố,
 *   decap-server's git mode in a clone (workflow-clone.ts); published content is then copied
 *   into the working copy's content/, which the site is rebuilt from;
 * - `simple` (or no Git history): «Công bố» writes the file into content/ at once.
 */
import { entryCommitMessage, VERBS } from '../cms/commit-message.ts';
import type { CmsBackendOptions, DecapRequest } from './cms-backend.ts';
import { isGitRepository, prepareWorkflowClone } from './workflow-clone.ts';

export type PublishingOptions = Pick<CmsBackendOptions, 'repo' | 'mode' | 'branch' | 'commitMessage' | 'afterWrite'> & {
  /** Settles when the content published by the last write is in the working copy. */
  synced: () => Promise<void>;
};

/** The Vietnamese message naming the entry, for a commit of `persistEntry`. */
export function rewriteCommitMessage(body: DecapRequest): string | undefined {
  if (body.action !== 'persistEntry') return undefined;
  const options = body.params['options'] as { collectionName?: string; commitMessage?: string } | undefined;
  const files = (body.params['dataFiles'] ?? [body.params['entry']]) as { raw?: string }[];
  const raw = files[0]?.raw;
  if (!options?.collectionName || typeof raw !== 'string') return undefined;
  const verb = options.commitMessage?.startsWith(VERBS.create) ? 'create' : 'update';
  return entryCommitMessage(options.collectionName, verb, raw);
}

/**
 * `published` is told each time a write has landed in the working copy's content/ (a simple
 * save, or a publication copied out of the clone, with the files copied, relative to the root),
 * so the site can be rebuilt at once (site-builder.ts `rebuildNow`) instead of after the file
 * watcher's debounce.
 */
export async function choosePublishing(
  root: string,
  env = process.env,
  log: (line: string) => void = console.log,
  published: (files: readonly string[]) => void = () => undefined,
): Promise<PublishingOptions> {
  const wanted = env['CMS_PUBLISH_MODE'] || 'editorial_workflow';
  if (wanted === 'editorial_workflow' && !(await isGitRepository(root))) {
    log('CMS: no Git history here, so simple publishing (the editorial workflow needs Git).');
  } else if (wanted === 'editorial_workflow') {
    const clone = await prepareWorkflowClone(root, log);
    let syncing: Promise<void> = Promise.resolve();
    return {
      repo: clone.dir,
      mode: 'git',
      branch: clone.branch,
      commitMessage: rewriteCommitMessage,
      afterWrite: () => {
        syncing = syncing
          .then(async () => {
            const { copied, skipped } = await clone.sync();
            if (copied.length) {
              published(copied);
              log(`CMS: published into content/: ${copied.join(', ')}`);
            }
            if (skipped.length)
              log(`CMS: NOT copied (changed by hand in content/, left as you have it): ${skipped.join(', ')}`);
          })
          .catch((error: unknown) => log(`CMS: could not copy published content: ${String(error)}`));
      },
      synced: () => syncing,
    };
  }
  // Simple publishing: decap-server has written into content/ when it answers.
  return { repo: root, mode: 'fs', afterWrite: () => published([]), synced: () => Promise.resolve() };
}
