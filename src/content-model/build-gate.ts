/**
 * The content gate's verdict on the build running in this process, shared by the integration
 * that starts it (src/integrations/validate-content.ts) and the content loaders that may fail
 * before it is known (src/loaders/gated.ts). Astro loads the two in different module graphs (its
 * config, and the content config through Vite), so a module's own state is not shared between
 * them; a global under a registered symbol is.
 */
import { ContentError, type Problem } from './problem.ts';
import type { ValidationResult } from './content.ts';

const VERDICT = Symbol.for('thidua.content-gate.verdict');
type Holder = { [VERDICT]?: Promise<ValidationResult> };

/** Records the verdict the build will wait for (and handles its rejection, awaited later). */
export function setBuildVerdict(verdict: Promise<ValidationResult>): void {
  verdict.catch(() => undefined);
  (globalThis as Holder)[VERDICT] = verdict;
}

/** The verdict of the build running in this process, if one was started. */
export function buildVerdict(): Promise<ValidationResult> | undefined {
  return (globalThis as Holder)[VERDICT];
}

/**
 * The error that stops a build over its content: the full report and nothing else (Astro prints
 * the stack under the message; the list is what the reader needs).
 */
export function contentValidationError(problems: readonly Problem[]): ContentError {
  const error = new ContentError([...problems]);
  error.stack = error.message;
  return error;
}
