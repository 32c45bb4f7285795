/**
 * Builds and switches in one release of a self-hosted site (src/deploy/self-host.ts). Run by
 * deploy/git-hooks/post-receive: `node scripts/self-host-publish.ts <site folder> <commit>`.
 * Exits 1 when the build fails (the site keeps its last good release).
 */
import { publishRelease } from '../src/deploy/self-host.ts';

const [site, rev] = process.argv.slice(2);
if (!site || !rev) {
  console.error('Cách dùng / usage: node scripts/self-host-publish.ts <thư mục trang> <commit>');
  process.exit(2);
}
const result = await publishRelease({ site, rev });
(result.ok ? console.log : console.error)(result.message);
process.exitCode = result.ok ? 0 : 1;
