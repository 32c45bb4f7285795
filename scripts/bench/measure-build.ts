/**
 * Runs `astro build` as a child process and measures it from outside: wall time, the peak
 * memory of the whole process tree (Astro plus any child such as the Pagefind binary), and a
 * timestamp for every log line so the phases of the build (content sync, bundling, page
 * rendering, the post-build hooks that write the search index) can be told apart.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const PAGE_SIZE = 4096;
/** `getconf CLK_TCK` on Linux. */
const CLOCK_TICKS = 100;

export interface LogLine { ms: number; text: string }

export interface BuildMeasure {
  code: number;
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

async function processTable(): Promise<Map<number, { ppid: number; rss: number }>> {
  const table = new Map<number, { ppid: number; rss: number }>();
  const pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p));
  await Promise.all(
    pids.map(async (p) => {
      try {
        const stat = await readFile(`/proc/${p}/stat`, 'utf8');
        // Fields after the command name (which may contain spaces) start after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        table.set(Number(p), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE });
      } catch {
        // The process ended while we were reading.
      }
    }),
  );
  return table;
}

export async function treeRss(root: number): Promise<{ total: number; max: number }> {
  const table = await processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  let max = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const rss = table.get(pid)?.rss ?? 0;
    total += rss;
    max = Math.max(max, rss);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, max };
}

/** Seconds between log lines that mark the phases of an Astro 7 build. */
function phasesOf(lines: LogLine[], wallMs: number): Record<string, number> {
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
  if (buildDone && complete) phases['post-build hooks (search index, sitemap…)'] = complete.ms - buildDone.ms;
  const pagefind = lines.filter((l) => /pagefind/i.test(l.text));
  if (pagefind.length > 0) {
    const first = lines.indexOf(pagefind[0]!);
    const startMs = first > 0 ? lines[first - 1]!.ms : pagefind[0]!.ms;
    phases['search index (from its log lines)'] = pagefind.at(-1)!.ms - startMs;
  }
  phases['total'] = wallMs;
  for (const k of Object.keys(phases)) phases[k] = Math.round(phases[k]!) / 1000;
  return phases;
}

/** CPU seconds used by this process's waited-for children so far (cutime + cstime). */
async function childrenCpuSeconds(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

export function measureBuild(options: { root: string; outDir: string; env?: Record<string, string>; onLine?: (line: string) => void }): Promise<BuildMeasure> {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', options.outDir], {
      cwd: options.root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: LogLine[] = [];
    let peakTree = 0;
    let peakProcess = 0;
    let polling = false;
    const poll = setInterval(() => {
      if (polling || child.pid === undefined) return;
      polling = true;
      // A process that exits between two reads is simply not counted; polling goes on.
      treeRss(child.pid)
        .then(({ total, max }) => {
          peakTree = Math.max(peakTree, total);
          peakProcess = Math.max(peakProcess, max);
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
        options.onLine?.(clean);
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
          const cpuSeconds = after - before;
          resolve({ code: code ?? 1, wallMs, peakTreeRssBytes: peakTree, peakProcessRssBytes: peakProcess, cpuSeconds, phases: phasesOf(lines, wallMs), lines });
        })
        .catch(reject);
    });
  });
}
