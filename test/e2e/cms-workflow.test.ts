/**
 * The editorial workflow under `npm start` (src/local-backend/publishing.ts, workflow-clone.ts):
 * a draft walks Nháp → Chờ duyệt → Sẵn sàng → published in real Decap (Chromium), through
 * decap-server's git mode running in the clone `.cms-workflow/`, never in the developer's
 * checkout. Checked on the way: the `cms/…` branch and its status, the Vietnamese commit message
 * naming the entry, the merge commit on publishing, the file brought into content/, the page
 * served after the rebuild with its «Cập nhật lần cuối» (content/ still uncommitted) — and that the developer's checkout never changed branch or commits.
 */
import { execFile } from 'node:child_process';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLongDate } from '../../src/lib/dates.ts';
import { vietnamDay } from '../../src/lib/last-updated.ts';
import { contentGate } from '../../src/local-backend/entry-gate.ts';
import { choosePublishing, type PublishingOptions } from '../../src/local-backend/publishing.ts';
import { startLocalServer, type LocalServer } from '../../src/local-backend/server.ts';
import { startSiteBuilder, type SiteBuilder } from '../../src/local-backend/site-builder.ts';
import { WORKFLOW_DIR } from '../../src/local-backend/workflow-clone.ts';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/paths.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

const exec = promisify(execFile);
const git = async (cwd: string, ...args: string[]) => (await exec('git', args, { cwd })).stdout.trim();
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

const TITLE = 'Sở tổ chức hội thi cải cách hành chính năm 2025';
const SLUG = 'so-to-chuc-hoi-thi-cai-cach-hanh-chinh-nam-2025';
const BRANCH = `cms/news/${SLUG}`;

describe('editorial workflow of npm start (git mode in a clone, Chromium)', () => {
  let copy: ProjectCopy;
  let clone: string;
  let publishing: PublishingOptions;
  let builder: SiteBuilder;
  let site: LocalServer;
  let browser: Browser;
  let page: Page;
  let developerHead: string;
  const builderLog: string[] = [];

  beforeAll(async () => {
    copy = await copyProject('cms-workflow');
    // The project's own ignore list: build output, caches, the clone, files generated into public/.
    await copyFile(join(ROOT, '.gitignore'), join(copy.dir, '.gitignore'));
    await git(copy.dir, 'init', '-q', '-b', 'main');
    await git(copy.dir, 'config', 'user.name', 'Nhà phát triển');
    await git(copy.dir, 'config', 'user.email', 'dev@example.vn');
    await git(copy.dir, 'add', '-A');
    await git(copy.dir, 'commit', '-q', '-m', 'Khởi tạo');
    developerHead = await git(copy.dir, 'rev-parse', 'HEAD');
    // Wired as npm start wires them (scripts/start.ts): a publication rebuilds at once.
    publishing = await choosePublishing(
      copy.dir,
      { CMS_PUBLISH_MODE: 'editorial_workflow' },
      () => undefined,
      (files) => builder.rebuildNow(files),
    );
    clone = join(copy.dir, WORKFLOW_DIR);
    builder = startSiteBuilder({ root: copy.dir, quiet: true, log: (line) => builderLog.push(line) });
    const [built, chromium] = await Promise.all([builder.firstBuild, launchChromium()]);
    if (!built) throw new Error(`build of the project copy failed: ${builder.state.status.problems.join('\n')}`);
    browser = chromium;
    site = await startLocalServer({
      ...publishing,
      gate: contentGate(copy.dir),
      dist: () => builder.dist,
      buildStatus: () => builder.state.status,
    });
    page = await browser.newPage();
    page.on('dialog', (d) => void d.accept());
  });

  afterAll(async () => {
    await browser?.close();
    builder?.close();
    await site?.close();
    await copy?.remove();
  });

  it('runs decap-server in git mode in the clone, on main', async () => {
    expect(publishing.mode).toBe('git');
    expect(publishing.repo).toBe(clone);
    const info = await fetch(`${site.url}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: site.url },
      body: JSON.stringify({ action: 'info' }),
    });
    expect(await info.json()).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'] });
    expect(await git(clone, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
  });

  it('saves a draft on its own branch, with a commit message naming the entry, outside content/', async () => {
    await page.goto(`${site.url}/admin/#/collections/news/new`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    await page.getByLabel('Ngày đăng', { exact: true }).fill('2025-11-20');
    await page
      .getByLabel('Tóm tắt', { exact: true })
      .fill('Hội thi tìm hiểu cải cách hành chính dành cho công chức, viên chức của Sở.');
    const author = page.getByLabel('Đơn vị đưa tin', { exact: true });
    await author.click();
    await author.pressSequentially('Văn phòng');
    await page.getByRole('option', { name: 'Văn phòng Sở' }).first().click();
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Hội thi diễn ra trong hai ngày tại hội trường Sở.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.waitForURL(`**/#/collections/news/entries/${SLUG}`);

    await expect.poll(() => git(clone, 'branch', '--list', BRANCH)).toContain(BRANCH);
    expect(await git(clone, 'config', `branch.${BRANCH}.description`)).toBe('decap-cms/draft');
    expect(await git(clone, 'log', '-1', '--format=%s', BRANCH)).toBe(`Thêm bài viết: ${TITLE}`);
    // A draft is not published: not on main, not in the working copy's content/.
    expect(await exists(join(copy.dir, 'content', 'news', `${SLUG}.mdx`))).toBe(false);
    expect(await git(clone, 'ls-tree', '--name-only', 'main', `content/news/${SLUG}.mdx`)).toBe('');
  });

  it('shows the workflow columns in Vietnamese and moves the draft to Chờ duyệt, then Sẵn sàng', async () => {
    await page.goto(`${site.url}/admin/#/workflow`);
    for (const column of ['Nháp', 'Chờ duyệt', 'Sẵn sàng'])
      await page.getByText(column, { exact: true }).first().waitFor();
    await page.getByText(TITLE).first().waitFor();
    await page.goto('about:blank');
    await page.goto(`${site.url}/admin/#/collections/news/entries/${SLUG}`);
    for (const [label, status] of [
      ['Chờ duyệt', 'pending_review'],
      ['Sẵn sàng', 'pending_publish'],
    ] as const) {
      await page.getByRole('button', { name: /^Trạng thái: / }).click();
      await page.getByRole('menuitem', { name: label }).click();
      await expect.poll(() => git(clone, 'config', `branch.${BRANCH}.description`)).toBe(`decap-cms/${status}`);
    }
  });

  it('publishes: merge commit on main, file in content/, page served; the checkout untouched', async () => {
    const started = Date.now();
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    const url = `${site.url}/tin-tuc/${SLUG}/`;
    await expect.poll(async () => (await fetch(url)).status, { timeout: 180_000, interval: 250 }).toBe(200);
    console.log(
      `[measure] editorial workflow: «Công bố ngay» → page served in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const served = cheerio.load(await (await fetch(url)).text());
    expect(served('h1').text()).toContain(TITLE);
    // Dated by its publication in the clone although content/ is not committed yet («Done when»).
    expect(served('.last-updated').text().replace(/\s+/g, ' ').trim()).toBe(
      `Cập nhật lần cuối: ${formatLongDate(vietnamDay(new Date()))}`,
    );

    // One rebuild for the publication: the watcher's events for the copied file are covered by
    // the rebuild the backend started (site-builder.ts), not answered with a second one.
    await builder.idle();
    expect(
      builderLog.filter((line) => line.includes('Content changed')),
      builderLog.join('\n'),
    ).toHaveLength(1);

    const parents = (await git(clone, 'log', '-1', '--format=%P', 'main')).split(' ');
    expect(parents).toHaveLength(2);
    expect(await git(clone, 'log', '-1', '--format=%s', parents[1]!)).toBe(`Thêm bài viết: ${TITLE}`);
    expect(await git(clone, 'branch', '--list', BRANCH)).toBe('');
    const published = await readFile(join(copy.dir, 'content', 'news', `${SLUG}.mdx`), 'utf8');
    expect(published).toBe(await git(clone, 'show', `main:content/news/${SLUG}.mdx`).then((t) => `${t}\n`));

    // The developer's checkout: same branch, same commits; only content/ gained the new file.
    expect(await git(copy.dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(await git(copy.dir, 'rev-parse', 'HEAD')).toBe(developerHead);
    expect(await git(copy.dir, 'status', '--porcelain')).toBe(`?? content/news/${SLUG}.mdx`);
  }, 240_000);
});
