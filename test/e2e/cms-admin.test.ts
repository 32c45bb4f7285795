/**
 * Editors at /admin, end to end: Decap CMS served from a built copy of the project by the local
 * server of `npm start` (decap-server's middleware on the same origin, guarded) writing that
 * copy's content/, Debian's Chromium clicking through
 * the Vietnamese UI. The copy is rebuilt once, at the end, to check what the site then shows.
 * Tests run in order and build on each other (one copy, one server, one browser).
 */
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import { parse } from 'yaml';
import { astroBuild } from '../../src/build/run-build.ts';
import { startLocalServer, type LocalServer } from '../../src/local-backend/server.ts';
import { launchChromium } from '../support/browser.ts';
import { loadPage } from '../support/html.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { vietnamesePhrases } from '../../src/cms/locale-vi.ts';

/** Front matter and body of an entry file. */
async function readEntry(path: string): Promise<{ text: string; data: Record<string, unknown>; body: string }> {
  const text = await readFile(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no front matter`);
  return { text, data: parse(match[1]!) as Record<string, unknown>, body: match[2]!.trim() };
}

type Phrases = { [key: string]: string | Phrases };
/** Decap's English UI strings that read differently in our Vietnamese (whole phrases, no placeholders). */
const ENGLISH: string[] = (() => {
  const out: string[] = [];
  const walk = (english: Phrases, ours: Phrases | undefined) => {
    for (const [key, value] of Object.entries(english)) {
      const mine = ours?.[key];
      if (typeof value === 'object') walk(value, typeof mine === 'object' ? mine : undefined);
      else if (value !== mine && !value.includes('%{') && value.trim().length >= 4) out.push(value.trim());
    }
  };
  walk(en, vietnamesePhrases(vi));
  return out;
})();

/** English UI strings visible on the page, in its text or in tooltips and accessible names. */
async function englishOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap((el) =>
      ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return `${document.body.innerText}\n${attributes.join('\n')}`;
  });
  const lines = text.split('\n').map((l) => l.trim().toLowerCase());
  return ENGLISH.filter((phrase) => lines.includes(phrase.toLowerCase()));
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Images to upload: the project's own media under new names, outside content/. */
async function stageTestMedia(dir: string): Promise<void> {
  await mkdir(join(dir, 'test-media'), { recursive: true });
  const media = join(dir, 'content', 'media');
  const [first] = (await readdir(media)).filter((f) => f.endsWith('.jpg'));
  await copyFile(join(media, first!), join(dir, 'test-media', 'dang-thi-ngoc-anh.jpg'));
  await copyFile(join(media, first!), join(dir, 'test-media', 'ra-quan-ho-tro.jpg'));
}

describe('Decap CMS at /admin (local backend of npm start, Chromium)', () => {
  let copy: ProjectCopy;
  let site: LocalServer;
  let browser: Browser;
  let page: Page;
  let dist: string;
  const problems: string[] = [];
  const foreignRequests: string[] = [];

  const content = (...parts: string[]) => join(copy.dir, 'content', ...parts);

  beforeAll(async () => {
    copy = await copyProject('cms');
    dist = join(copy.dir, 'dist');
    await stageTestMedia(copy.dir);
    // The person the new achievement names (an individual's achievement needs one); a namesake
    // elsewhere shows the picker telling them apart by position and unit.
    await mkdir(content('people'), { recursive: true });
    await writeFile(
      content('people', 'dang-thi-ngoc-anh.yml'),
      'name: Đặng Thị Ngọc Ánh\nunit: van-phong-so\nposition: Chuyên viên\n',
    );
    await writeFile(
      content('people', 'dang-thi-ngoc-anh-2.yml'),
      'name: Đặng Thị Ngọc Ánh\nunit: thanh-tra-so\nposition: Thanh tra viên\n',
    );
    const [build, chromium] = await Promise.all([
      astroBuild({ root: copy.dir, outDir: dist, quiet: true }),
      launchChromium(),
    ]);
    if (build.code !== 0) throw new Error(`build of the project copy failed:\n${build.output.slice(-3000)}`);
    browser = chromium;
    site = await startLocalServer({ repo: copy.dir, mode: 'fs', dist: () => dist });
    page = await browser.newPage();
    const allowed = [site.url];
    page.on('request', (r) => {
      if (!allowed.some((origin) => r.url().startsWith(origin)) && !/^(data|blob):/.test(r.url()))
        foreignRequests.push(r.url());
    });
    page.on('requestfailed', (r) =>
      problems.push(
        `${current}: failed request ${r.method()} ${r.url()}: ${r.failure()?.errorText} ${r.postData() ?? ''}`,
      ),
    );
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message} ${e.stack ?? ''}`));
    // Leaving a form with unsaved changes, and deleting, ask for confirmation.
    page.on('dialog', (d) => void d.accept());
  });

  let current = '';
  beforeEach((context) => {
    current = context.task.name.slice(0, 30);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await copy?.remove();
  });

  /** Opens a CMS route with a fresh page load (a hash change alone keeps the previous editor's state). */
  async function openAdmin(route: string) {
    await page.goto('about:blank');
    await page.goto(`${site.url}/admin/#${route}`);
  }

  async function choose(label: string, typed: string, option: string | RegExp) {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.pressSequentially(typed);
    await page.getByRole('option', { name: option }).first().click();
  }

  async function typeBody(text: string) {
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type(text);
  }

  async function publish() {
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
  }

  /** Waits until a published entry's editor shows its saved slug in the URL. */
  async function waitForSaved(collection: string, slug: string) {
    // Refused by the content gate: fail with what the form says, not with a timeout.
    const refused = page
      .locator('#thidua-gate-summary')
      .waitFor({ timeout: 30_000 })
      .then(
        async () => {
          throw new Error(`refused: ${await page.locator('#thidua-gate-summary').innerText()}`);
        },
        () => undefined,
      );
    await Promise.race([page.waitForURL(`**/#/collections/${collection}/entries/${slug}`), refused]);
  }

  /** Uploads through the media library into the form's (only) image field. */
  async function uploadImage(file: string) {
    await page.getByRole('button', { name: 'Chọn một hình' }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    expect(await englishOn(page), 'media library').toEqual([]);
    // The uploaded file shows in the library already selected.
    await page.getByText(file.split('/').at(-1)!, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
  }

  it('loads /admin/ and /admin/index.html with no failed request, no console error, no request elsewhere', async () => {
    await page.goto(`${site.url}/admin/index.html`);
    await expect
      .poll(() => page.getByRole('button', { name: 'Đăng nhập' }).isVisible(), { timeout: 30_000 })
      .toBe(true);
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Thành tích' }).first().waitFor();
    for (const label of ['Tin tức', 'Đợt thi đua', 'Đơn vị'])
      await page.getByRole('link', { name: label }).first().waitFor();
    await page.getByRole('link', { name: 'Thành tích' }).first().click();
    await page.getByText('Nguyễn Văn An · Giấy khen · 45/QĐ-SKHĐT').waitFor();
    // The list, the toolbar and the menus are in Vietnamese (Decap's own vi lacks some of these).
    expect(ENGLISH.length).toBeGreaterThan(100);
    expect(await englishOn(page)).toEqual([]);
    // Navigating from /admin/index.html to /admin/ aborts what the first page still loaded.
    expect(problems.filter((p) => !p.includes('net::ERR_ABORTED'))).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('creates and publishes an achievement with every field; the .mdx is written in NFC', async () => {
    await openAdmin('/collections/achievements/new');
    await choose('Loại', 'Cá', 'Cá nhân');
    // Typed decomposed (as text pasted from some editors arrives): saved as NFC, slug with đ → d.
    await page.getByLabel('Họ tên / Tên tập thể').fill('Đặng Thị Ngọc Ánh'.normalize('NFD'));
    await choose(
      'Cá nhân được khen (không bắt buộc)',
      'ngoc anh chuyen vien',
      'Đặng Thị Ngọc Ánh — Chuyên viên, Văn phòng Sở',
    );
    await page.getByLabel('Chức vụ (không bắt buộc)').fill('Chuyên viên');
    await choose('Đơn vị', 'Văn phòng', 'Văn phòng Sở');
    await choose('Hình thức khen thưởng', 'Giấy', 'Giấy khen');
    await choose('Cấp khen', 'Giám', 'Giám đốc Sở');
    await page.getByLabel('Số quyết định').fill('77/QĐ-SKHĐT');
    await page.getByLabel('Ngày quyết định').fill('2025-12-20');
    await page.getByLabel('Năm thành tích (không bắt buộc)').fill('2025');
    await choose('Đợt thi đua (không bắt buộc)', '1579', /1579\/KH-SKHĐT/);
    // The campaign contents offered are those of the chosen campaign.
    await page.getByRole('checkbox', { name: 'Chuyển đổi số' }).check();
    await page.getByRole('checkbox', { name: 'Cải cách hành chính' }).check();
    expect(await page.getByRole('group', { name: 'Nội dung thi đua', exact: true }).getByRole('checkbox').count()).toBe(
      6,
    );
    await page.getByLabel('Tóm tắt thành tích').fill('Số hóa toàn bộ hồ sơ lưu trữ của Văn phòng Sở.');
    await uploadImage(join(copy.dir, 'test-media', 'dang-thi-ngoc-anh.jpg'));
    await page.getByLabel('Mô tả ảnh (bắt buộc khi có ảnh)').fill('Chị Đặng Thị Ngọc Ánh bên kho hồ sơ đã số hóa.');
    await typeBody('Chị Ánh chủ trì số hóa 12.000 hồ sơ lưu trữ, đúng hạn.');
    expect(await englishOn(page), 'editor').toEqual([]);
    await publish();
    await waitForSaved('achievements', 'dang-thi-ngoc-anh-77-qd-skhdt-2025');

    const path = content('achievements', 'dang-thi-ngoc-anh-77-qd-skhdt-2025.mdx');
    const { text, data, body } = await readEntry(path);
    expect(text).toBe(text.normalize('NFC'));
    expect(data).toEqual({
      kind: 'ca-nhan',
      recipient: 'Đặng Thị Ngọc Ánh',
      person: 'dang-thi-ngoc-anh',
      position: 'Chuyên viên',
      unit: 'van-phong-so',
      award: 'Giấy khen',
      authority: 'Giám đốc Sở',
      decisionNumber: '77/QĐ-SKHĐT',
      decisionDate: '2025-12-20',
      year: 2025,
      campaign: '1579-kh-skhdt',
      contents: ['chuyen-doi-so', 'cai-cach-hanh-chinh'],
      summary: 'Số hóa toàn bộ hồ sơ lưu trữ của Văn phòng Sở.',
      photo: { image: '../media/dang-thi-ngoc-anh.jpg', alt: 'Chị Đặng Thị Ngọc Ánh bên kho hồ sơ đã số hóa.' },
      sample: false,
    });
    expect(body).toBe('Chị Ánh chủ trì số hóa 12.000 hồ sơ lưu trữ, đúng hạn.');
    expect(await exists(content('media', 'dang-thi-ngoc-anh.jpg'))).toBe(true);
  });

  it('creates and publishes a news article with a cover image and its alt text', async () => {
    await openAdmin('/collections/news/new');
    await page.getByLabel('Tiêu đề').fill('Đoàn viên Sở ra quân hỗ trợ đăng ký doanh nghiệp');
    await page.getByLabel('Ngày đăng').fill('2026-03-26');
    await page.getByLabel('Tóm tắt').fill('Chi đoàn Sở hướng dẫn người dân nộp hồ sơ đăng ký doanh nghiệp qua mạng.');
    await uploadImage(join(copy.dir, 'test-media', 'ra-quan-ho-tro.jpg'));
    await page
      .getByLabel('Mô tả ảnh (bắt buộc khi có ảnh đại diện)')
      .fill('Đoàn viên hướng dẫn người dân tại bộ phận một cửa.');
    await choose('Đơn vị đưa tin', 'Chi đoàn', 'Chi đoàn Sở');
    await typeBody('Sáng 26/3, Chi đoàn Sở ra quân hỗ trợ người dân.');
    await publish();
    const slug = 'doan-vien-so-ra-quan-ho-tro-dang-ky-doanh-nghiep';
    await waitForSaved('news', slug);

    const { text, data, body } = await readEntry(content('news', `${slug}.mdx`));
    expect(text).toBe(text.normalize('NFC'));
    expect(data).toEqual({
      title: 'Đoàn viên Sở ra quân hỗ trợ đăng ký doanh nghiệp',
      publishedAt: '2026-03-26',
      summary: 'Chi đoàn Sở hướng dẫn người dân nộp hồ sơ đăng ký doanh nghiệp qua mạng.',
      cover: { image: '../media/ra-quan-ho-tro.jpg', alt: 'Đoàn viên hướng dẫn người dân tại bộ phận một cửa.' },
      author: 'Chi đoàn Sở',
      draft: false,
      sample: false,
    });
    expect(body).toBe('Sáng 26/3, Chi đoàn Sở ra quân hỗ trợ người dân.');
    expect(await exists(content('media', 'ra-quan-ho-tro.jpg'))).toBe(true);
  });

  it('a body typed in the editor with code in a comment wrapper and a meta refresh is refused in the form; written by hand, the build refuses it, no canary', async () => {
    // Issue 12.1. The form checks the body with the content model's rules before Decap saves
    // (this server has no gate of its own): nothing is written. The same body on disk, as a hand
    // edit would put it, must not run at build either.
    const canary = join(copy.dir, 'pwned-cms.txt');
    const hostile = `{/* */ globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(canary)}, '') /* */} <meta http-equiv="refresh" content="0;url=https://canary.invalid/">`;
    const before = await readdir(content('news'));
    await openAdmin('/collections/news/new');
    await page.getByLabel('Tiêu đề').fill('Tin có mã trong nội dung');
    await page.getByLabel('Ngày đăng').fill('2026-03-27');
    await page.getByLabel('Tóm tắt').fill('Nội dung gõ trong trình soạn thảo có mã và thẻ chuyển hướng.');
    await choose('Đơn vị đưa tin', 'Chi đoàn', 'Chi đoàn Sở');
    await typeBody(hostile);
    await publish();
    await page.locator('#thidua-gate-summary').getByText('«Nội dung bài viết»: MDX không hợp lệ ở dòng').waitFor();
    expect(await readdir(content('news'))).toEqual(before);
    // Decap logs the refused save (the gate's sentence) as a console error, and leaves its save
    // promise rejected ("Uncaught (in promise)"): its own behaviour, expected here.
    const logged = () => problems.findIndex((p) => p.startsWith('console error: ') && p.includes('MDX không hợp lệ'));
    const uncaught = () => problems.findIndex((p) => p.startsWith(`${current}: page error: `));
    await expect.poll(logged).toBeGreaterThanOrEqual(0);
    problems.splice(logged(), 1);
    await expect.poll(uncaught).toBeGreaterThanOrEqual(0);
    problems.splice(uncaught(), 1);

    const slug = 'tin-co-ma-trong-noi-dung';
    const file = content('news', `${slug}.mdx`);
    await writeFile(
      file,
      `---\ntitle: Tin có mã trong nội dung\npublishedAt: 2026-03-27\nsummary: Nội dung có mã.\nauthor: Chi đoàn Sở\n---\n\n${hostile}\n`,
    );
    try {
      const build = await astroBuild({ root: copy.dir, outDir: join(copy.dir, 'dist-hostile'), quiet: true });
      expect(build.code).not.toBe(0);
      expect(build.output).toMatch(new RegExp(`content/news/${slug}\\.mdx:\\d+: body: `));
      expect(await exists(canary)).toBe(false);
      expect(await exists(join(copy.dir, 'dist-hostile', 'index.html'))).toBe(false);
    } finally {
      // The later tests rebuild the site from this content.
      await rm(file, { force: true });
    }
  });

  it('edits an existing achievement and deletes a news article', async () => {
    const achievement = content('achievements', 'nguyen-van-an-45-qd-skhdt-2023.mdx');
    const before = await readEntry(achievement);
    await openAdmin('/collections/achievements/entries/nguyen-van-an-45-qd-skhdt-2023');
    await page
      .getByLabel('Tóm tắt thành tích')
      .fill('Giải quyết hơn 950 hồ sơ đăng ký doanh nghiệp trực tuyến, không hồ sơ nào trễ hạn.');
    await publish();
    await expect
      .poll(async () => (await readEntry(achievement)).data['summary'])
      .toBe('Giải quyết hơn 950 hồ sơ đăng ký doanh nghiệp trực tuyến, không hồ sơ nào trễ hạn.');
    const after = await readEntry(achievement);
    // Only the edited field changed; the file name and the rest of the entry stay.
    expect(after.data).toEqual({ ...before.data, summary: after.data['summary'] });
    expect(after.body).toBe(before.body);

    const article = content('news', 'tap-huan-chuyen-doi-so-cho-doanh-nghiep-nho-va-vua.mdx');
    expect(await exists(article)).toBe(true);
    await openAdmin('/collections/news/entries/tap-huan-chuyen-doi-so-cho-doanh-nghiep-nho-va-vua');
    await page.getByRole('button', { name: 'Xóa mục này' }).click();
    await page.waitForURL('**/#/collections/news');
    await expect.poll(() => exists(article)).toBe(false);
  });

  it('saves a campaign without touching its body: <CampaignContents /> and the plan text round-trip', async () => {
    const campaign = content('campaigns', '215-kh-skhdt.mdx');
    const before = await readEntry(campaign);
    expect(before.body).toContain('<CampaignContents />');
    await openAdmin('/collections/campaigns/entries/215-kh-skhdt');
    const title = page.getByLabel('Tên đợt thi đua');
    await title.fill(`${await title.inputValue()} (sửa)`);
    await publish();
    await expect
      .poll(async () => (await readEntry(campaign)).data['title'])
      .toBe(`${String(before.data['title'])} (sửa)`);
    const after = await readEntry(campaign);
    expect(after.body).toBe(before.body);
    expect(after.data).toEqual({ ...before.data, title: after.data['title'] });
    // Unfolded YAML: only the edited line differs.
    const changed = after.text.split('\n').filter((line, i) => line !== before.text.split('\n')[i]);
    expect(changed).toEqual([`title: ${String(after.data['title'])}`]);
  });

  it('refuses to publish a missing required field or a malformed decision number, in Vietnamese, writing nothing', async () => {
    const before = await readdir(content('achievements'));
    await openAdmin('/collections/achievements/new');
    await choose('Loại', 'Tập', 'Tập thể');
    await choose('Đơn vị', 'Văn phòng', 'Văn phòng Sở');
    await choose('Hình thức khen thưởng', 'Giấy', 'Giấy khen');
    await choose('Cấp khen', 'Giám', 'Giám đốc Sở');
    await page.getByLabel('Số quyết định').fill('45-QĐ-SKHĐT');
    await page.getByLabel('Ngày quyết định').fill('2025-12-20');
    await page.getByLabel('Tóm tắt thành tích').fill('Tóm tắt');
    await publish();
    await page.getByText('«Họ tên / Tên tập thể» không được để trống.').waitFor();
    await page
      .getByText('«Số quyết định» chưa đúng: Số quyết định có dạng số/QĐ-cơ quan, ví dụ 45/QĐ-SKHĐT.')
      .waitFor();
    await page
      .getByText('Chưa lưu: có trường chưa điền hoặc chưa đúng — xem thông báo đỏ cạnh từng trường.')
      .first()
      .waitFor();
    // Never «missing information» for a format error.
    expect(await page.getByText('Bạn còn thiếu vài thông tin bắt buộc', { exact: false }).count()).toBe(0);
    expect(page.url()).toMatch(/#\/collections\/achievements\/new$/);
    // Decap rejects its save promise with no reason when validation fails ("Uncaught (in promise)
    // undefined"): its own behaviour, expected here and only here.
    const refused = () => problems.findIndex((p) => p.startsWith(`${current}: page error: undefined`));
    await expect.poll(refused).toBeGreaterThanOrEqual(0);
    problems.splice(refused(), 1);
    expect(await readdir(content('achievements'))).toEqual(before);
  });

  it('after a rebuild, the site shows the new entries, the edit and the deletion', async () => {
    // Leaving an editor aborts the reads it still had in flight (the chosen campaign, say): not an error.
    expect(problems.filter((p) => !p.includes('net::ERR_ABORTED'))).toEqual([]);
    const next = join(copy.dir, 'dist-after');
    const build = await astroBuild({ root: copy.dir, outDir: next, quiet: true });
    expect(build.code, build.output.slice(-3000)).toBe(0);
    dist = next;

    const $achievement = await loadPage('/thanh-tich/dang-thi-ngoc-anh-77-qd-skhdt-2025/', dist);
    expect($achievement('h1').text()).toBe('Đặng Thị Ngọc Ánh');
    const facts = $achievement('dl.facts').text();
    for (const value of [
      'Cá nhân',
      'Chuyên viên',
      'Văn phòng Sở',
      'Giấy khen',
      'Giám đốc Sở',
      '77/QĐ-SKHĐT',
      '20/12/2025',
      'Chuyển đổi số',
      'Cải cách hành chính',
    ]) {
      expect(facts).toContain(value);
    }
    expect($achievement('img[alt="Chị Đặng Thị Ngọc Ánh bên kho hồ sơ đã số hóa."]').attr('src')).toMatch(
      /^\/_astro\/.+\.webp$/,
    );

    const onUnit = await loadPage('/don-vi/van-phong-so/', dist);
    expect(onUnit('a[href="/thanh-tich/dang-thi-ngoc-anh-77-qd-skhdt-2025/"]').length).toBeGreaterThan(0);
    const onDecision = await loadPage('/quyet-dinh/77-qd-skhdt-2025/', dist);
    expect(onDecision('a[href="/thanh-tich/dang-thi-ngoc-anh-77-qd-skhdt-2025/"]').length).toBeGreaterThan(0);

    const $article = await loadPage('/tin-tuc/doan-vien-so-ra-quan-ho-tro-dang-ky-doanh-nghiep/', dist);
    expect($article('h1').text()).toBe('Đoàn viên Sở ra quân hỗ trợ đăng ký doanh nghiệp');
    expect($article('img[alt="Đoàn viên hướng dẫn người dân tại bộ phận một cửa."]').attr('src')).toMatch(
      /^\/_astro\/.+\.webp$/,
    );

    expect((await loadPage('/dot-thi-dua/215-kh-skhdt/', dist))('title').text()).toContain('(sửa)');
    const edited = await loadPage('/thanh-tich/nguyen-van-an-45-qd-skhdt-2023/', dist);
    expect(edited('article').text()).toContain('Giải quyết hơn 950 hồ sơ');
    expect(await exists(join(dist, 'tin-tuc', 'tap-huan-chuyen-doi-so-cho-doanh-nghiep-nho-va-vua'))).toBe(false);
  });
});
