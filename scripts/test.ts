/**
 * `npm test`: lint (ESLint and Prettier's check, side by side) and the type check start together,
 * and so does the build of the fixture site the site tests share (the global setup's build,
 * test/support/global-build.ts; Vitest is handed it through THIDUA_TEST_DIST) — otherwise one
 * core would idle while Vitest waits for that build. Vitest starts as soon as lint has passed and
 * the build is done, while the type check (at a lower priority: nothing waits for it) finishes
 * alongside it. A failing lint stops the run (and the build) before any test runs; a failing type
 * check fails the run at the end. Arguments go to Vitest (`npm test -- --project unit`); with
 * THIDUA_TEST_DIST already set, or when only unit tests are asked for (`--project unit`, unit
 * test files), the build is left to the global setup as before (the unit tests need none).
 * Prints how long each step took.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { buildFixtureSite } from '../test/support/global-build.ts';
import { DIST } from '../test/support/paths.ts';

interface Step {
  name: string;
  code: number;
  output: string;
  ms: number;
}

/**
 * Runs an npm script with its output collected, so two steps at once do not interleave. A `niceness`
 * above 0 lets every other step have the cores first (the script's processes inherit it).
 */
function npmRun(name: string, niceness = 0): Promise<Step> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '1' },
    });
    if (niceness && child.pid) {
      try {
        setPriority(child.pid, niceness);
      } catch {
        // Not allowed here: it runs at normal priority, only the packing is worse.
      }
    }
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.on('error', (e) => resolve({ name, code: 1, output: String(e), ms: performance.now() - started }));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output, ms: performance.now() - started }));
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function report(step: Step): void {
  if (step.code !== 0) process.stdout.write(step.output);
  console.log(`${step.code === 0 ? '✓' : '✗'} npm run ${step.name} (${seconds(step.ms)})`);
}

/** The fixture site built ahead of Vitest, or why it failed. */
function prebuild(signal: AbortSignal): Promise<Step> {
  const started = performance.now();
  return buildFixtureSite(DIST, signal).then(
    () => ({ name: 'build of the fixture site', code: 0, output: '', ms: performance.now() - started }),
    (e: unknown) => ({
      name: 'build of the fixture site',
      code: 1,
      output: `${e instanceof Error ? e.message : String(e)}\n`,
      ms: performance.now() - started,
    }),
  );
}

const args = process.argv.slice(2);
const abort = new AbortController();
// The type check holds nothing back (it is reported at the end), while lint and the build hold
// back every test: it gets a core only when they leave one idle (the whole run is CPU-bound:
// ≈ 400 CPU-s on 2 cores, so what waits is what matters).
const typecheck = npmRun('typecheck', 10);
// The projects and test files named (`npm test -- --project unit`, `npm test -- test/unit/x.test.ts`).
const projects = args.flatMap((a, i) =>
  a === '--project' ? [args[i + 1] ?? ''] : a.startsWith('--project=') ? [a.slice('--project='.length)] : [],
);
const files = args.filter((a) => a.startsWith('test/'));
/** Whether Vitest will run site tests (which need the build): not for the unit project or unit files alone. */
const runsSiteTests =
  (projects.length === 0 || projects.includes('site')) &&
  (files.length === 0 || files.some((f) => !f.startsWith('test/unit/')));
const built = runsSiteTests && !process.env['THIDUA_TEST_DIST'] ? prebuild(abort.signal) : undefined;
// `npm run lint`'s two halves at once: ESLint (≈ 20 CPU-s on a cold cache) is one thread, and
// Prettier's check (≈ 7 CPU-s) need not wait for it.
const lintSteps = await Promise.all([npmRun('lint:eslint'), npmRun('format:check')]);
lintSteps.forEach(report);
const lint = lintSteps.find((step) => step.code !== 0) ?? lintSteps[0]!;
const site = lint.code === 0 ? await built : undefined;
if (site) console.log(`${site.code === 0 ? '✓' : '✗'} ${site.name} (${seconds(site.ms)})`);
if (lint.code !== 0 || (site && site.code !== 0)) {
  if (site) process.stdout.write(site.output);
  abort.abort();
  await built;
  report(await typecheck);
  process.exitCode = 1;
} else {
  const started = performance.now();
  const vitest = spawn('npx', ['vitest', 'run', ...args], {
    stdio: 'inherit',
    env: built ? { ...process.env, THIDUA_TEST_DIST: DIST } : process.env,
  });
  const code = await new Promise<number>((resolve) => vitest.on('close', (c) => resolve(c ?? 1)));
  console.log(`${code === 0 ? '✓' : '✗'} vitest (${seconds(performance.now() - started)})`);
  // Printed after Vitest's output, so a type error is the last thing on screen, not lost above it.
  const checked = await typecheck;
  report(checked);
  process.exitCode = code !== 0 || checked.code !== 0 ? 1 : 0;
}
