/** Waiting for this process's child processes to end (Linux /proc; elsewhere, returns at once). */
import { readdir, readFile } from 'node:fs/promises';

async function childPids(): Promise<number[]> {
  const pids = await readdir('/proc').catch(() => [] as string[]);
  const mine: number[] = [];
  for (const p of pids.filter((x) => /^\d+$/.test(x))) {
    const stat = await readFile(`/proc/${p}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // State Z: ended, waiting to be reaped (Node reaps it on its next turn).
    if (Number(fields[1]) === process.pid && fields[0] !== 'Z') mine.push(Number(p));
  }
  return mine;
}

export async function waitForChildren(timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && (await childPids()).length > 0) await new Promise((r) => setTimeout(r, 20));
  // One more turn of the event loop so that Node reaps what just ended.
  await new Promise((r) => setTimeout(r, 20));
}
