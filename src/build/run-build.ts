/**
 * The one build function: runs the steps of src/build/steps.ts (astro build, then the search
 * index in a process of its own) as child processes, and stops at the first that fails.
 * `npm run build`, `npm start`, the tests and Lighthouse all build through it.
 */
import { spawn } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import { buildSteps, PROJECT_ROOT, type BuildStep } from './steps.ts';

export { PROJECT_ROOT };

export interface BuildOptions {
  /** Project folder to build (a copy of the project, for tests and benchmarks). */
  root?: string;
  outDir?: string;
  env?: Record<string, string>;
  /** Print the steps' output (default) or collect it. */
  quiet?: boolean;
  /** Stops the running step (`npm test` starts the fixture build alongside lint, and stops it if lint fails). */
  signal?: AbortSignal;
}

export interface BuildResult {
  code: number;
  output: string;
  ms: number;
}

function runStep(
  step: BuildStep,
  cwd: string,
  options: BuildOptions,
  collect: (chunk: string) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, step.args, {
      cwd,
      env: { ...process.env, ...step.env, ...options.env },
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    child.stdout?.on('data', (d) => collect(String(d)));
    child.stderr?.on('data', (d) => collect(String(d)));
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Builds the site (pages and search index). The name stays from when it was `astro build` alone. */
export async function astroBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const root = options.root ?? PROJECT_ROOT;
  const outDir = options.outDir
    ? isAbsolute(options.outDir)
      ? options.outDir
      : join(root, options.outDir)
    : join(root, 'dist');
  const started = Date.now();
  let output = '';
  for (const step of buildSteps(root, outDir)) {
    const code = await runStep(step, root, options, (chunk) => (output += chunk));
    if (code !== 0) return { code, output, ms: Date.now() - started };
  }
  return { code: 0, output, ms: Date.now() - started };
}
