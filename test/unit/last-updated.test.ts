/** «Cập nhật lần cuối» from Git (issue 13.2): one `git log` for the content folder, real Git. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLongDate } from '../../src/lib/dates.ts';
import { lastUpdatedOf, readLastUpdated, readWorkingCopyLastUpdated, vietnamDay } from '../../src/lib/last-updated.ts';
import { prepareWorkflowClone, type WorkflowClone } from '../../src/local-backend/workflow-clone.ts';

describe('last updated from the Git history', () => {
  let repo: string;
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Văn thư',
        GIT_AUTHOR_EMAIL: 'vt@example.org',
        GIT_COMMITTER_NAME: 'Văn thư',
        GIT_COMMITTER_EMAIL: 'vt@example.org',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
      encoding: 'utf8',
    });
  const write = async (file: string, text: string) => {
    await mkdir(join(repo, file, '..'), { recursive: true });
    await writeFile(join(repo, file), text);
  };

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'thidua-last-updated-'));
    git(['init', '-q', '-b', 'main']);
    await write('content/news/a.mdx', 'a1');
    await write('content/news/tiếng-việt.mdx', 'v1');
    await write('content/units/u.yml', 'u1');
    await write('src/x.ts', 'x');
    git(['add', '.']);
    git(['commit', '-q', '-m', 'Thêm'], '2024-01-10T09:00:00+07:00');
    await write('content/news/a.mdx', 'a2');
    git(['commit', '-q', '-am', 'Sửa a'], '2024-03-05T01:30:00+07:00');
    // A CMS draft on its own branch, saved in April, published (merged) in May.
    git(['checkout', '-q', '-b', 'cms/news/tieng-viet']);
    await write('content/news/tiếng-việt.mdx', 'v2');
    git(['commit', '-q', '-am', 'Sửa bản nháp'], '2024-04-01T10:00:00+07:00');
    git(['checkout', '-q', 'main']);
    git(['merge', '-q', '--no-ff', '-m', 'Công bố', 'cms/news/tieng-viet'], '2024-05-20T15:00:00+07:00');
    await write('content/news/chua-commit.mdx', 'new');
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('dates each file by its last change on the published history, in one git log', () => {
    const index = readLastUpdated(repo);
    expect(index.get('content/news/a.mdx')?.toISOString()).toBe('2024-03-04T18:30:00.000Z');
    expect(index.get('content/units/u.yml')?.toISOString()).toBe('2024-01-10T02:00:00.000Z');
    // Published by the merge: the merge's date, not the draft's.
    expect(index.get('content/news/tiếng-việt.mdx')?.toISOString()).toBe('2024-05-20T08:00:00.000Z');
    expect(index.has('src/x.ts')).toBe(false);
  });

  it('shows the day in Vietnam (a change at 01:30 in Đồng Tháp is that day, not the day before in UTC)', () => {
    const index = readLastUpdated(repo);
    const date = lastUpdatedOf('content/news/a.mdx', index)!;
    expect(formatLongDate(date)).toBe('ngày 05 tháng 3 năm 2024');
    expect(vietnamDay(new Date('2024-03-04T18:30:00Z')).toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it('gives nothing, never the build time, without history: a new file, a folder outside Git, a shallow clone, no git at all', async () => {
    expect(lastUpdatedOf('content/news/chua-commit.mdx', readLastUpdated(repo))).toBeUndefined();
    expect(lastUpdatedOf(undefined, readLastUpdated(repo))).toBeUndefined();
    const outside = await mkdtemp(join(tmpdir(), 'thidua-no-git-'));
    try {
      expect(readLastUpdated(outside).size).toBe(0);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
    const shallow = await mkdtemp(join(tmpdir(), 'thidua-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
      expect(readLastUpdated(shallow).size).toBe(0);
    } finally {
      await rm(shallow, { recursive: true, force: true });
    }
    const path = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      expect(readLastUpdated(repo).size).toBe(0);
    } finally {
      process.env['PATH'] = path;
    }
  });
});

/**
 * Published locally in the editorial workflow (issue 13, "Done when"): `npm start` copies the
 * published file out of `.cms-workflow/` into content/ uncommitted; the page is dated by the
 * clone's publication while the working copy's file is byte-identical to it, and by nothing
 * once it is edited by hand. Real Git, the real clone of src/local-backend/workflow-clone.ts.
 */
describe('last updated of files published through the workflow clone, before they are committed', () => {
  let repo: string;
  let clone: WorkflowClone;
  const env = (date: string) => ({
    ...process.env,
    GIT_AUTHOR_NAME: 'Văn thư',
    GIT_AUTHOR_EMAIL: 'vt@example.org',
    GIT_COMMITTER_NAME: 'Lãnh đạo',
    GIT_COMMITTER_EMAIL: 'ld@example.org',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
  const gitIn = (cwd: string, args: string[], date = '2024-01-10T09:00:00+07:00') =>
    execFileSync('git', args, { cwd, env: env(date), encoding: 'utf8' });
  const write = async (dir: string, file: string, text: string) => {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), text);
  };
  const dateOf = (file: string) => readWorkingCopyLastUpdated(repo).get(file)?.toISOString();

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'thidua-last-updated-clone-'));
    gitIn(repo, ['init', '-q', '-b', 'main']);
    await write(repo, '.gitignore', '.cms-workflow/\n');
    await write(repo, 'content/news/cu.mdx', 'cũ');
    await write(repo, 'content/news/sua-tay.mdx', 'bản đã commit');
    gitIn(repo, ['add', '.']);
    gitIn(repo, ['commit', '-q', '-m', 'Khởi tạo']);
    clone = await prepareWorkflowClone(repo, () => undefined);
    // A clerk's draft on its branch (March), published by a reviewer's merge (May), as decap-server does.
    gitIn(clone.dir, ['checkout', '-q', '-b', 'cms/news/moi']);
    await write(clone.dir, 'content/news/moi.mdx', 'bài mới');
    await write(clone.dir, 'content/news/cu.mdx', 'cũ, đã sửa');
    gitIn(clone.dir, ['add', '.']);
    gitIn(clone.dir, ['commit', '-q', '-m', 'Thêm bài viết: Mới'], '2024-03-01T10:00:00+07:00');
    gitIn(clone.dir, ['checkout', '-q', 'main']);
    gitIn(clone.dir, ['merge', '-q', '--no-ff', '-m', 'Công bố', 'cms/news/moi'], '2024-05-20T15:00:00+07:00');
    expect(await clone.sync()).toEqual({ copied: ['content/news/cu.mdx', 'content/news/moi.mdx'], skipped: [] });
    // decap-server leaves the clone on whatever branch it last worked on.
    gitIn(clone.dir, ['checkout', '-q', '-b', 'cms/news/khac']);
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('dates a published file from the clone while the working copy holds the same bytes (new or changed)', () => {
    expect(readLastUpdated(repo).get('content/news/moi.mdx')).toBeUndefined();
    expect(dateOf('content/news/moi.mdx')).toBe('2024-05-20T08:00:00.000Z');
    expect(dateOf('content/news/cu.mdx')).toBe('2024-05-20T08:00:00.000Z');
    expect(dateOf('content/news/sua-tay.mdx')).toBe('2024-01-10T02:00:00.000Z');
  });

  it('gives no date once the published file is edited by hand, nor to a hand edit of a committed file', async () => {
    await write(repo, 'content/news/moi.mdx', 'bài mới, sửa tay');
    await write(repo, 'content/news/sua-tay.mdx', 'sửa tay, chưa commit');
    await write(repo, 'content/news/tay.mdx', 'tệp mới viết tay');
    expect(dateOf('content/news/moi.mdx')).toBeUndefined();
    expect(dateOf('content/news/sua-tay.mdx')).toBeUndefined();
    expect(dateOf('content/news/tay.mdx')).toBeUndefined();
    expect(dateOf('content/news/cu.mdx')).toBe('2024-05-20T08:00:00.000Z');
  });

  it('once the developer commits content/, the date is that commit', async () => {
    gitIn(repo, ['add', 'content']);
    gitIn(repo, ['commit', '-q', '-m', 'Nội dung'], '2024-06-02T08:00:00+07:00');
    expect(dateOf('content/news/moi.mdx')).toBe('2024-06-02T01:00:00.000Z');
    expect(dateOf('content/news/cu.mdx')).toBe('2024-06-02T01:00:00.000Z');
  });
});
