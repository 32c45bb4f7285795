/**
 * Runs the content validator before Astro reads any content, on the project being built
 * (`config.root`, so copies of the project validate their own content/). On `astro build`
 * a problem stops the build with the full list; under `astro dev` the list is logged and the
 * server keeps running so the editor can fix the file. What each file says on its own is kept
 * between builds (src/content-model/analysis-cache.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { openEntryAnalyses } from '../content-model/analysis-cache.ts';
import { validateContent } from '../content-model/content.ts';
import { formatReport } from '../content-model/problem.ts';

export function validateContentIntegration(): AstroIntegration {
  return {
    name: 'thidua:validate-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        // Each file's own checks are kept between builds; a rebuild re-reads changed files only.
        const analyses = await openEntryAnalyses(root);
        const { problems, counts } = await validateContent({ root, analyses });
        await analyses.save();
        if (problems.length === 0) {
          logger.info(
            `content valid: ${Object.entries(counts)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`,
          );
          return;
        }
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        const error = new Error(report);
        error.name = 'ContentValidationError';
        // Astro prints the stack under the message; the list is what the reader needs.
        error.stack = report;
        throw error;
      },
    },
  };
}
