/**
 * `npm run lighthouse [-- --no-build] [-- --dist <dir>]`: Lighthouse 12 (mobile preset, simulated
 * slow 4G and a 4× slower CPU) over the built site served locally, in Debian's Chromium, for the
 * home, plan, news article, achievement and search pages. Prints a table of the four category
 * scores and writes .test-work/lighthouse.json (scores, key metrics, failing audits). It measures;
 * it does not pass or fail. Targets: accessibility, best practices and SEO 100, performance ≥ 95.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { routes } from '../src/lib/routes.ts';
import { astroBuild, PROJECT_ROOT } from './lib/build.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

const { values: args } = parseArgs({ options: { 'no-build': { type: 'boolean' }, dist: { type: 'string' } } });
const dist = args.dist ?? join(PROJECT_ROOT, 'dist');

/**
 * An entry page under a list route, read from the built folder so it follows the content: the
 * first one with an image (the heavier case), else the first.
 */
async function entryPage(listRoute: string): Promise<string> {
  const dir = join(dist, listRoute);
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory() && e.name !== 'trang').map((e) => e.name).sort();
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

const server = await startStaticServer(() => dist);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
const report: Record<string, unknown>[] = [];
try {
  for (const [name, path] of Object.entries(pages)) {
    // No config: Lighthouse's default is the mobile preset.
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.displayValue ?? '']));
    // Audits that cost points: scored below 1 and counted in a category.
    const weighted = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []));
    const failing = Object.values(lhr.audits)
      .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
      .map((a) => ({ id: a.id, score: a.score, title: a.title, displayValue: a.displayValue }));
    report.push({ name, path, scores, metrics, failing });
  }
} finally {
  chrome.kill();
  await server.close();
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset\n`);
console.log(`${pad('page', 16)}${pad('path', 48)}${CATEGORIES.map((c) => pad(c, 16)).join('')}LCP / TBT / CLS`);
for (const r of report as { name: string; path: string; scores: Record<string, number>; metrics: Record<string, string>; failing: { id: string; displayValue?: string }[] }[]) {
  console.log(
    `${pad(r.name, 16)}${pad(r.path.length > 46 ? `${r.path.slice(0, 45)}…` : r.path, 48)}${CATEGORIES.map((c) => pad(r.scores[c]!, 16)).join('')}` +
      `${r.metrics['largest-contentful-paint']} / ${r.metrics['total-blocking-time']} / ${r.metrics['cumulative-layout-shift']}`,
  );
  if (r.failing.length) console.log(`${' '.repeat(16)}below 1: ${r.failing.map((f) => f.id + (f.displayValue ? ` (${f.displayValue})` : '')).join(', ')}`);
}
const out = join(PROJECT_ROOT, '.test-work', 'lighthouse.json');
await mkdir(join(PROJECT_ROOT, '.test-work'), { recursive: true });
await writeFile(out, `${JSON.stringify({ lighthouse: '12.2.3', preset: 'mobile', measuredAt: new Date().toISOString(), pages: report }, null, 2)}\n`);
console.log(`\nWritten: ${out}`);
