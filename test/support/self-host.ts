/**
 * A throwaway self-hosted install, as docs/tu-luu-tru.md sets one up, for the self-hosting test
 * and its latency benchmark: a working repository (a project copy with the fixture content, as
 * the office's CMS checkout), the bare repository it pushes to with the shipped post-receive
 * hook, the site folder (source/, releases/, current) and real nginx serving `current`.
 * node_modules of source/ are links to the project's, so the hook's `npm ci` is skipped by
 * recording package-lock.json as installed; everything else is the shipped path.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCmsConfig } from '../../src/cms/config.ts';
import { adminCsp } from '../../src/cms/csp.ts';
import { switchCurrent } from '../../src/deploy/self-host.ts';
import { headerRules } from '../../src/lib/security-headers.ts';
import { startNginx, type LocalNginx } from './nginx.ts';
import { ROOT } from './paths.ts';
import { copyProject, type ProjectCopy } from './project-copy.ts';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Văn thư',
  GIT_AUTHOR_EMAIL: 'vanthu@example.org',
  GIT_COMMITTER_NAME: 'Văn thư',
  GIT_COMMITTER_EMAIL: 'vanthu@example.org',
};

export interface SelfHosted {
  /** The office's working repository (what the CMS commits to). */
  work: string;
  bare: string;
  site: string;
  nginx: LocalNginx;
  git: (args: string[]) => string;
  /** `git push origin main` from the working repository; the hook's output and exit code. */
  push: () => Promise<{ code: number; output: string; ms: number }>;
  remove: () => Promise<void>;
}

export async function createSelfHosted(name: string): Promise<SelfHosted> {
  const copy: ProjectCopy = await copyProject(name);
  // The working repository is the copy itself; the server's folders sit beside its files,
  // ignored, as node_modules (links to the project's packages) is.
  const work = copy.dir;
  const bare = join(copy.dir, 'server/thidua.git');
  const site = join(copy.dir, 'server/site');
  await copyFile(join(ROOT, 'package-lock.json'), join(work, 'package-lock.json'));
  await writeFile(join(work, '.gitignore'), 'node_modules/\ndist/\n.astro/\n/server/\n');
  const git = (args: string[], cwd = work) =>
    execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'Trang thi đua: bản đầu']);
  git(['clone', '-q', '--bare', work, bare], copy.dir);
  git(['remote', 'add', 'origin', bare]);
  await copyFile(join(ROOT, 'deploy/git-hooks/post-receive'), join(bare, 'hooks/post-receive'));
  await chmod(join(bare, 'hooks/post-receive'), 0o755);

  // The site folder as after installation: source/ checked out with its packages, and a first
  // release online (a placeholder: what matters is the switch to the next one).
  git(['clone', '-q', bare, join(site, 'source')], copy.dir);
  await linkModules(join(ROOT, 'node_modules'), join(site, 'source/node_modules'));
  const lock = createHash('sha256')
    .update(await readFile(join(work, 'package-lock.json')))
    .digest('hex');
  await writeFile(join(site, '.installed-lock'), `${lock}\n`);
  const first = join(site, 'releases', '00000000-000000-initial');
  await mkdir(first, { recursive: true });
  await writeFile(join(first, 'index.html'), '<!doctype html><title>Bản đầu</title><p>Bản đầu</p>\n');
  await writeFile(join(first, '404.html'), '<!doctype html><title>Không có trang</title>\n');
  await switchCurrent(site, first);

  const nginx = await startNginx(join(site, 'current'), headerRules(adminCsp(buildCmsConfig())));
  const push = () =>
    new Promise<{ code: number; output: string; ms: number }>((resolve, reject) => {
      const started = Date.now();
      const child = spawn('git', ['push', '-q', 'origin', 'main'], {
        cwd: work,
        env: { ...process.env, ...GIT_ENV, THIDUA_SITE: site },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, output, ms: Date.now() - started }));
    });
  return {
    work,
    bare,
    site,
    nginx,
    git: (args) => git(args),
    push,
    remove: async () => {
      await nginx.stop();
      await copy.remove();
    },
  };
}

/** A folder of links to the packages, without the per-project caches (as project copies). */
async function linkModules(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from))
    if (!['.astro', '.vite', '.cache'].includes(entry)) await symlink(join(from, entry), join(to, entry));
}
