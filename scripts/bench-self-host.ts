/**
 * Self-hosted publish latency (issue 13.6): from `git push` of a content change to the new page
 * served by nginx, through the shipped post-receive hook, on the fixture site. Sets up the same
 * throwaway install as the self-hosting test (test/support/self-host.ts), then pushes N changes.
 *   node scripts/bench-self-host.ts [N=5]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { routes } from '../src/lib/routes.ts';
import { createSelfHosted } from '../test/support/self-host.ts';

const runs = Number(process.argv[2] ?? 5);
const host = await createSelfHosted('bench-self-host');
try {
  const file = (await readdir(join(host.work, 'content/news'))).filter((f) => f.endsWith('.mdx')).sort()[0]!;
  const url = `${host.nginx.url}${routes.article(file.slice(0, -'.mdx'.length))}`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const marker = `Dấu đo thời gian ${i} ${Date.now()}`;
    const path = join(host.work, 'content/news', file);
    await writeFile(path, `${await readFile(path, 'utf8')}\n${marker}\n`);
    host.git(['commit', '-q', '-am', `Đo ${i}`]);
    const started = Date.now();
    const pushed = await host.push();
    if (pushed.code !== 0) throw new Error(pushed.output);
    while (!(await fetch(url).then((r) => r.text())).includes(marker)) await sleep(20);
    times.push(Date.now() - started);
    console.log(`push ${i + 1}: ${(times.at(-1)! / 1000).toFixed(1)} s`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `push → page served, ${runs} runs: median ${(sorted[Math.floor(runs / 2)]! / 1000).toFixed(1)} s, min ${(sorted[0]! / 1000).toFixed(1)} s, max ${(sorted.at(-1)! / 1000).toFixed(1)} s (load average ${(await readFile('/proc/loadavg', 'utf8')).split(' ')[0]})`,
  );
} finally {
  await host.remove();
}
