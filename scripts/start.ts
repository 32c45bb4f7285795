/**
 * `npm start`: builds the site, serves it at http://127.0.0.1:4321/ together with the CMS's
 * local backend (same origin, guarded: src/local-backend/) and rebuilds when content changes,
 * so what an editor publishes in /admin shows on the site — pages, lists and search — seconds
 * later. A failed rebuild keeps the last good site online, and /admin shows why.
 * `CMS_PUBLISH_MODE=simple npm start` publishes at once instead of the editorial workflow
 * (README, "Editors"). Ctrl-C stops everything.
 */
import { PROJECT_ROOT } from '../src/build/run-build.ts';
import { contentGate } from '../src/local-backend/entry-gate.ts';
import { choosePublishing } from '../src/local-backend/publishing.ts';
import { startSiteBuilder } from '../src/local-backend/site-builder.ts';
import { startLocalServer } from '../src/local-backend/server.ts';

const PORT = Number(process.env['PORT'] ?? 4321);

const builder = startSiteBuilder({ root: PROJECT_ROOT });
// A publication rebuilds the site as soon as it is in content/, not after the watcher's debounce.
const publishing = await choosePublishing(PROJECT_ROOT, process.env, console.log, (files) => builder.rebuildNow(files));
if (!(await builder.firstBuild)) process.exit(1);
const site = await startLocalServer({
  ...publishing,
  gate: contentGate(PROJECT_ROOT),
  dist: () => builder.dist,
  port: PORT,
  buildStatus: () => builder.state.status,
}).catch((error: unknown) => {
  // A second `npm start`, or another program on the port: one line, not a stack trace.
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(
    `Cổng ${PORT} đang được dùng (có thể npm start đã chạy); dừng chương trình đó hoặc chạy PORT=4322 npm start. / Port ${PORT} is in use (is npm start already running?); stop it or run PORT=4322 npm start.`,
  );
  builder.close();
  process.exit(1);
});

console.log(`
  Site:  ${site.url}/
  CMS:   ${site.url}/admin/  (${publishing.mode === 'git' ? 'editorial workflow: Nháp → Chờ duyệt → Sẵn sàng → Công bố' : 'simple publishing'}, no account needed)
  Ctrl-C to stop.
`);

async function shutdown() {
  builder.close();
  await site.close();
  process.exit(0);
}
// If stopping a server fails, say so and still exit (instead of an unhandled rejection and a hung terminal).
const stop = () => {
  shutdown().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
