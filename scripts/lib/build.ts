/** Runs `astro build` (validation, pages, search index, CMS assets) as a child process. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildOptions {
  /** Project folder to build (a copy of the project, for tests and benchmarks). */
  root?: string;
  outDir?: string;
  env?: Record<string, string>;
  /** Print Astro's output (default) or collect it. */
  quiet?: boolean;
}

export interface BuildResult {
  code: number;
  output: string;
  ms: number;
}

export function astroBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const args = [ASTRO_BIN, 'build'];
  if (options.outDir) args.push('--outDir', options.outDir);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.root ?? PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, ms: Date.now() - started }));
  });
}
