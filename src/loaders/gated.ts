/**
 * A content loader that, when it fails, fails with the content gate's report instead if the gate
 * found problems. `astro build` syncs its content store while the gate still runs in a worker
 * (src/content-model/validate-in-worker.ts); a file the gate refuses may make Astro's loader or
 * schema throw first, and the editor must still read the gate's one line per problem (file,
 * field, fix), not Astro's message about the first of them.
 */
import type { Loader } from 'astro/loaders';
import { buildVerdict, contentValidationError } from '../content-model/build-gate.ts';

export function gated(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        const verdict = await buildVerdict()?.catch(() => undefined);
        if (verdict && verdict.problems.length > 0) throw contentValidationError(verdict.problems);
        throw error;
      }
    },
  };
}
