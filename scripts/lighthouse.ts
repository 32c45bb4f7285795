/**
 * `npm run lighthouse [-- --no-build] [-- --dist <dir>]`: Lighthouse 12 (mobile preset, simulated
 * slow 4G and a 4× slower CPU) over the built site served locally, in Debian's Chromium, for the
 * home, plan, news article, achievement and search pages. Prints a table of the four category
 * scores and writes .test-work/lighthouse.json (scores, key metrics, failing audits). It measures;
 * it does not pass or fail. Targets: accessibility, best practices and SEO 100, performance ≥ 95.
 *
 * Lighthouse (about 140 packages) is not a dependency of the project: its CLI, pinned below, is
 * fetched by npx into npm's cache the first time this command runs, and reused afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { routes } from '../src/lib/routes.ts';
import { astroBuild, PROJECT_ROOT } from '../src/build/run-build.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../src/lib/chromium.ts';
import { startStaticServer } from '../src/local-backend/static-files.ts';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

const { values: args } = parseArgs({ options: { 'no-build': { type: 'boolean' }, dist: { type: 'string' } } });
const dist = args.dist ?? join(PROJECT_ROOT, 'dist');

/**
 * An entry page under a list route, read from the built folder so it follows the content: the
 * first one with an image (the heavier case), else the first.
 */
async function entryPage(listRoute: string): Promise<string> {
  const dir = join(dist, listRoute);
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && e.name !== 'trang')
    .map((e) => e.name)
    .sort();
  if (!names[0]) throw new Error(`No page under ${listRoute} in ${dist}`);
  for (const name of names) {
    if ((await readFile(join(dir, name, 'index.html'), 'utf8')).includes('<img')) return `${listRoute}${name}/`;
  }
  return `${listRoute}${names[0]}/`;
}

if (!args['no-build'] && !args.dist) {
  console.log('Building the site into dist/ …');
  const build = await astroBuild({ outDir: dist, quiet: true });
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.output.slice(-3000)}`);
}

const pages: Record<string, string> = {
  'Trang chủ': routes.home,
  'Kế hoạch 1579': routes.campaign('1579-kh-skhdt'),
  'Tin tức (bài)': await entryPage(routes.news),
  'Thành tích': await entryPage(routes.achievements),
  'Tìm kiếm': `${routes.search}?q=thi%20dua`,
};

/** The part of Lighthouse's JSON result (LHR) read here. */
interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { id: string; score: number | null; title: string; displayValue?: string }>;
}

/** One page through the Lighthouse CLI in Debian's Chromium (no config: the mobile preset). */
function runLighthouse(url: string): Promise<Lhr> {
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', (e) => reject(new Error(`npx could not run ${LIGHTHOUSE}: ${e.message}`)));
    child.on('close', (code) => {
      if (code !== 0)
        return reject(
          new Error(`${LIGHTHOUSE} exited with ${code} for ${url} (is the network reachable for the first download?)`),
        );
      try {
        resolve(JSON.parse(out) as Lhr);
      } catch {
        reject(new Error(`${LIGHTHOUSE} printed no JSON report for ${url}`));
      }
    });
  });
}

console.log(
  `Lighthouse runs through npx (${LIGHTHOUSE}); the first run downloads it into npm's cache (about 140 packages) …`,
);
const server = await startStaticServer(() => dist);
const report: Record<string, unknown>[] = [];
let version = '';
try {
  for (const [name, path] of Object.entries(pages)) {
    const lhr = await runLighthouse(server.url + path);
    version = lhr.lighthouseVersion;
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.displayValue ?? '']));
    // Audits that cost points: scored below 1 and counted in a category.
    const weighted = new Set(
      CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []),
    );
    const failing = Object.values(lhr.audits)
      .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
      .map((a) => ({ id: a.id, score: a.score, title: a.title, displayValue: a.displayValue }));
    report.push({ name, path, scores, metrics, failing });
  }
} finally {
  await server.close();
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\nLighthouse ${version}, mobile preset\n`);
console.log(`${pad('page', 16)}${pad('path', 48)}${CATEGORIES.map((c) => pad(c, 16)).join('')}LCP / TBT / CLS`);
for (const r of report as {
  name: string;
  path: string;
  scores: Record<string, number>;
  metrics: Record<string, string>;
  failing: { id: string; displayValue?: string }[];
}[]) {
  console.log(
    `${pad(r.name, 16)}${pad(r.path.length > 46 ? `${r.path.slice(0, 45)}…` : r.path, 48)}${CATEGORIES.map((c) => pad(r.scores[c]!, 16)).join('')}` +
      `${r.metrics['largest-contentful-paint']} / ${r.metrics['total-blocking-time']} / ${r.metrics['cumulative-layout-shift']}`,
  );
  if (r.failing.length)
    console.log(
      `${' '.repeat(16)}below 1: ${r.failing.map((f) => f.id + (f.displayValue ? ` (${f.displayValue})` : '')).join(', ')}`,
    );
}
const out = join(PROJECT_ROOT, '.test-work', 'lighthouse.json');
await mkdir(join(PROJECT_ROOT, '.test-work'), { recursive: true });
await writeFile(
  out,
  `${JSON.stringify({ lighthouse: version, preset: 'mobile', measuredAt: new Date().toISOString(), pages: report }, null, 2)}\n`,
);
console.log(`\nWritten: ${out}`);
