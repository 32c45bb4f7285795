/**
 * Runs the content validator on the project being built (`config.root`, so copies of the project
 * validate their own content/). On `astro build` it runs in a worker thread from the start
 * (src/content-model/validate-in-worker.ts) while Astro starts Vite and syncs its content store,
 * and the build waits for its verdict before anything is rendered: a problem stops the build
 * with the full list (a loader that fails meanwhile reports the same list: src/loaders/gated.ts).
 * Under `astro dev` it runs first and the list is logged, and the server keeps running so the
 * editor can fix the file. What each file says on its own is kept between builds
 * (src/content-model/analysis-cache.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { openEntryAnalyses } from '../content-model/analysis-cache.ts';
import { buildVerdict, contentValidationError, setBuildVerdict } from '../content-model/build-gate.ts';
import { validateContent, type ValidationResult } from '../content-model/content.ts';
import { formatReport } from '../content-model/problem.ts';
import { validateInWorker } from '../content-model/validate-in-worker.ts';

function logValid(logger: AstroIntegrationLogger, { counts }: ValidationResult): void {
  logger.info(
    `content valid: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}

export function validateContentIntegration(): AstroIntegration {
  return {
    name: 'thidua:validate-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        if (command === 'build') {
          setBuildVerdict(validateInWorker(root));
          return;
        }
        if (command !== 'dev') return;
        const analyses = await openEntryAnalyses(root);
        const result = await validateContent({ root, analyses });
        await analyses.save();
        if (result.problems.length === 0) logValid(logger, result);
        else logger.error(formatReport(result.problems));
      },
      // After the content sync, before any page is rendered.
      'astro:build:start': async ({ logger }) => {
        const verdict = buildVerdict();
        if (!verdict) return;
        const result = await verdict;
        if (result.problems.length > 0) throw contentValidationError(result.problems);
        logValid(logger, result);
      },
    },
  };
}
