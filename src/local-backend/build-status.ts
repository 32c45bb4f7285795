/**
 * Whether the site `npm start` serves is up to date with content/, for the banner of /admin
 * (GET /api/thidua/build-status). A failed rebuild keeps the last good site online: without
 * this, every later save would look published while the site stayed frozen.
 */
export interface BuildStatus {
  /** `building`: content changed, a rebuild runs; `failed`: the last rebuild was refused. */
  state: 'ok' | 'building' | 'failed';
  /** One line per problem (`file[:line]: field: tiếng Việt / English`), when failed. */
  problems: string[];
  /** Entry files that block the build (from the problems), relative to the project. */
  blocking: string[];
  /** When the site served was built (ISO), if ever. */
  builtAt?: string;
  /** When the last rebuild finished or failed (ISO). */
  checkedAt?: string;
}

/** Files named at the start of problem lines (`content/x/y.mdx[:line]: …`). */
export function blockingFiles(problems: readonly string[]): string[] {
  const files = problems
    .map((line) => /^(content\/[^:\s]+)/.exec(line)?.[1])
    .filter((f): f is string => f !== undefined);
  return [...new Set(files)];
}

export class BuildState {
  #status: BuildStatus = { state: 'building', problems: [], blocking: [] };

  get status(): BuildStatus {
    return this.#status;
  }

  building(): void {
    this.#status = { ...this.#status, state: this.#status.state === 'failed' ? 'failed' : 'building' };
  }

  succeeded(): void {
    const now = new Date().toISOString();
    this.#status = { state: 'ok', problems: [], blocking: [], builtAt: now, checkedAt: now };
  }

  failed(problems: string[]): void {
    const { builtAt } = this.#status;
    this.#status = {
      state: 'failed',
      problems,
      blocking: blockingFiles(problems),
      ...(builtAt ? { builtAt } : {}),
      checkedAt: new Date().toISOString(),
    };
  }
}

// On a line of its own so that reformatting never separates it from its directive.
// eslint-disable-next-line no-control-regex -- ESC starts the terminal colour codes being removed.
const COLOUR_CODES = /\x1b\[[0-9;]*m/g;

/** The problem lines of a failed build's output, or its last lines when none is recognisable. */
export function problemsFromBuildOutput(output: string): string[] {
  const lines = output
    .replace(COLOUR_CODES, '')
    .split('\n')
    .map((l) => l.trim());
  const problems = lines.filter((l) => /^content\/\S+?(:\d+)?: /.test(l));
  if (problems.length > 0) return [...new Set(problems)];
  return lines.filter(Boolean).slice(-8);
}
