/**
 * `npm test`: lint and type check start side by side; Vitest starts as soon as lint has passed,
 * while the type check (one core for about 15 s) finishes alongside it, so that core is not left
 * idle. A failing lint stops the run before Vitest; a failing type check fails the run at the end.
 * Arguments go to Vitest (`npm test -- --project unit`). Prints how long each step took, so a slow
 * step shows.
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  code: number;
  output: string;
  ms: number;
}

/** Runs an npm script with its output collected, so two steps at once do not interleave. */
function npmRun(name: string): Promise<Step> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '1' },
    });
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

const typecheck = npmRun('typecheck');
const lint = await npmRun('lint');
report(lint);
if (lint.code !== 0) {
  report(await typecheck);
  process.exitCode = 1;
} else {
  const started = performance.now();
  const vitest = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
  const code = await new Promise<number>((resolve) => vitest.on('close', (c) => resolve(c ?? 1)));
  console.log(`${code === 0 ? '✓' : '✗'} vitest (${seconds(performance.now() - started)})`);
  // Printed after Vitest's output, so a type error is the last thing on screen, not lost above it.
  const checked = await typecheck;
  report(checked);
  process.exitCode = code !== 0 || checked.code !== 0 ? 1 : 0;
}
