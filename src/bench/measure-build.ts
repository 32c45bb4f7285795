/**
 * Runs the steps of a build (the project's, src/build/steps.ts, or the floor's) as child
 * processes and measures each from outside: wall time, CPU time of every process the step
 * starts (Pagefind's binary included), the peak memory of the step's whole process tree, and a
 * timestamp for every log line so the phases of the Astro step (content sync, bundling, page
 * rendering, hooks) can be told apart.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { buildSteps } from '../build/steps.ts';

const PAGE_SIZE = 4096;
/** `getconf CLK_TCK` on Linux. */
const CLOCK_TICKS = 100;

export interface LogLine {
  ms: number;
  text: string;
}

/** One command of a build. */
export interface Command {
  name: string;
  /** Arguments for Node (`process.execPath`). */
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

export interface StepMeasure {
  name: string;
  code: number;
  wallMs: number;
  cpuSeconds: number;
  peakTreeRssBytes: number;
  peakProcessRssBytes: number;
  lines: LogLine[];
}

export interface BuildMeasure {
  code: number;
  /** The steps one after the other: their wall times add up, the peak is the highest step's. */
  steps: StepMeasure[];
  wallMs: number;
  /** Highest sum of the resident memory of the build process and its descendants. */
  peakTreeRssBytes: number;
  /** Highest resident memory of a single process of the tree. */
  peakProcessRssBytes: number;
  /** CPU time (user + system) of the build and all its children: unlike wall time, it hardly
   * depends on what else the machine is running. */
  cpuSeconds: number;
  phases: Record<string, number>;
  lines: LogLine[];
}

interface ProcessRow {
  ppid: number;
  rss: number;
  cpuTicks: number;
}

async function processTable(): Promise<Map<number, ProcessRow>> {
  const table = new Map<number, ProcessRow>();
  const pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p));
  await Promise.all(
    pids.map(async (p) => {
      try {
        const stat = await readFile(`/proc/${p}/stat`, 'utf8');
        // Fields after the command name (which may contain spaces) start after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime + stime: the process's own CPU (children reaped by it are in cutime, not here).
        table.set(Number(p), {
          ppid: Number(fields[1]),
          rss: Number(fields[21]) * PAGE_SIZE,
          cpuTicks: Number(fields[11]) + Number(fields[12]),
        });
      } catch {
        // The process ended while we were reading.
      }
    }),
  );
  return table;
}

/** Memory of a process tree now, and the own CPU ticks of each of its processes. */
export async function treeUsage(root: number): Promise<{ total: number; max: number; cpuTicks: Map<number, number> }> {
  const table = await processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  let max = 0;
  const cpuTicks = new Map<number, number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const row = table.get(pid);
    total += row?.rss ?? 0;
    max = Math.max(max, row?.rss ?? 0);
    if (row) cpuTicks.set(pid, row.cpuTicks);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, max, cpuTicks };
}

/** Seconds between log lines that mark the phases of an Astro 7 build. */
export function phasesOf(lines: LogLine[], wallMs: number): Record<string, number> {
  const at = (re: RegExp, from = 0) => {
    const i = lines.findIndex((l, k) => k >= from && re.test(l.text));
    return i === -1 ? undefined : { i, ms: lines[i]!.ms };
  };
  const phases: Record<string, number> = {};
  const synced = at(/\[content\] Synced content/);
  const entry = at(/Building static entrypoints/);
  const routes = at(/generating static routes/);
  const routesDone = routes && at(/✓ Completed in/, routes.i);
  const buildDone = at(/\[build\] ✓ Completed in/, routes?.i ?? 0);
  const complete = at(/\[build\] Complete!/);
  if (synced) phases['startup + content sync'] = synced.ms;
  if (entry && routes) phases['bundling (vite)'] = routes.ms - entry.ms;
  if (routes && routesDone) phases['rendering pages'] = routesDone.ms - routes.ms;
  if (buildDone && complete) phases['post-build hooks (sitemap, headers…)'] = complete.ms - buildDone.ms;
  phases['astro build'] = wallMs;
  for (const k of Object.keys(phases)) phases[k] = Math.round(phases[k]!) / 1000;
  return phases;
}

/** CPU seconds used by this process's waited-for children so far (cutime + cstime). */
async function childrenCpuSeconds(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

/**
 * Runs one command and measures it. CPU: the children's CPU this process reaps (cutime, exact
 * for every process reaped along the chain), or, if higher, the sum of each process's own CPU
 * as last seen by the 100 ms poll (counts a process its parent never reaped, such as a helper
 * binary killed at exit, minus its last 100 ms).
 */
export function measureCommand(command: Command, onLine?: (line: string) => void): Promise<StepMeasure> {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command.args, {
      cwd: command.cwd,
      env: { ...process.env, FORCE_COLOR: '0', ...command.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: LogLine[] = [];
    let peakTree = 0;
    let peakProcess = 0;
    const seenTicks = new Map<number, number>();
    let polling = false;
    const poll = setInterval(() => {
      if (polling || child.pid === undefined) return;
      polling = true;
      // A process that exits between two reads is simply not counted; polling goes on.
      treeUsage(child.pid)
        .then(({ total, max, cpuTicks }) => {
          peakTree = Math.max(peakTree, total);
          peakProcess = Math.max(peakProcess, max);
          for (const [pid, ticks] of cpuTicks) seenTicks.set(pid, Math.max(seenTicks.get(pid) ?? 0, ticks));
        })
        .catch(() => undefined)
        .finally(() => (polling = false));
    }, 100);
    const onData = (buffer: { pending: string }) => (chunk: Buffer) => {
      buffer.pending += chunk.toString('utf8');
      const parts = buffer.pending.split('\n');
      buffer.pending = parts.pop()!;
      const ms = performance.now() - started;
      for (const text of parts) {
        // Strip colours in case a tool ignores FORCE_COLOR.
        // eslint-disable-next-line no-control-regex -- ESC starts the colour codes being removed.
        const clean = text.replace(/\x1b\[[0-9;]*m/g, '');
        lines.push({ ms, text: clean });
        onLine?.(clean);
      }
    };
    child.stdout.on('data', onData({ pending: '' }));
    child.stderr.on('data', onData({ pending: '' }));
    child.on('error', (e) => {
      clearInterval(poll);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      // A failed CPU reading rejects the measurement instead of leaving it pending forever.
      Promise.all([childrenCpuSeconds(), cpuBefore])
        .then(([after, before]) => {
          const polled = [...seenTicks.values()].reduce((a, b) => a + b, 0) / CLOCK_TICKS;
          resolve({
            name: command.name,
            code: code ?? 1,
            wallMs,
            cpuSeconds: Math.max(after - before, polled),
            peakTreeRssBytes: peakTree,
            peakProcessRssBytes: peakProcess,
            lines,
          });
        })
        .catch(reject);
    });
  });
}

/** Runs commands one after the other (stopping at the first failure) and adds them up. */
export async function measureCommands(commands: Command[], onLine?: (line: string) => void): Promise<BuildMeasure> {
  const steps: StepMeasure[] = [];
  for (const command of commands) {
    const step = await measureCommand(command, onLine);
    steps.push(step);
    if (step.code !== 0) break;
  }
  const wallMs = steps.reduce((a, s) => a + s.wallMs, 0);
  const astro = steps[0]!;
  const phases = phasesOf(astro.lines, astro.wallMs);
  for (const s of steps.slice(1)) phases[s.name] = Math.round(s.wallMs) / 1000;
  phases['total'] = Math.round(wallMs) / 1000;
  return {
    code: steps.find((s) => s.code !== 0)?.code ?? 0,
    steps,
    wallMs,
    cpuSeconds: steps.reduce((a, s) => a + s.cpuSeconds, 0),
    peakTreeRssBytes: Math.max(...steps.map((s) => s.peakTreeRssBytes)),
    peakProcessRssBytes: Math.max(...steps.map((s) => s.peakProcessRssBytes)),
    phases,
    lines: steps.flatMap((s) => s.lines),
  };
}

/** The project's own build (src/build/steps.ts), step by step. */
export function measureBuild(options: {
  root: string;
  outDir: string;
  env?: Record<string, string>;
  onLine?: (line: string) => void;
}): Promise<BuildMeasure> {
  const commands = buildSteps(options.root, options.outDir).map((step) => ({
    name: step.name,
    args: step.args,
    cwd: options.root,
    env: { ...step.env, ...options.env },
  }));
  return measureCommands(commands, options.onLine);
}
