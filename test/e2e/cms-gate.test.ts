/**
 * The content gate at every CMS door, as `npm start` runs it (src/local-backend/: site builder,
 * local server with the guarded backend and the gate), on a copy of the project, with real
 * Decap in Chromium, in one browser session:
 * - each rule family refused in the form with the sentence `npm run check` prints, nothing written;
 * - a body with `<script>`, `import` or `{…}` refused in the form, next to the body, before any
 *   write request reaches the backend (the body parsed in the browser, mdx-to-mdast-browser.ts);
 * - the same entries and bodies POSTed straight to the local backend refused with the same problems;
 * - hash navigation from one entry to another, then a save, changes only the entry on screen;
 * - a bad file written by hand: /admin shows a banner naming it, the site keeps its last build.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/content-model/check-entry.ts';
import { formatProblem } from '../../src/content-model/problem.ts';
import { readContentSnapshot } from '../../src/content-model/read-content.ts';
import { contentGate } from '../../src/local-backend/entry-gate.ts';
import { startLocalServer, type LocalServer } from '../../src/local-backend/server.ts';
import { startSiteBuilder, type SiteBuilder } from '../../src/local-backend/site-builder.ts';
import { launchChromium } from '../support/browser.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { WORK } from '../support/paths.ts';

type Collection = 'achievements' | 'news' | 'campaigns';

interface Case {
  /** The rule family it exercises. */
  family: string;
  collection: Collection;
  slug: string;
  /** Form label → value typed; front-matter key → the same value in the file. */
  edits: { label: string; field: string; value: string }[];
}

const CASES: Case[] = [
  {
    family: 'date not in the future',
    collection: 'news',
    slug: 'tap-huan-chuyen-doi-so-cho-doanh-nghiep-nho-va-vua',
    edits: [{ label: 'Ngày đăng', field: 'publishedAt', value: '2099-03-01' }],
  },
  {
    family: 'campaign issued in the future',
    collection: 'campaigns',
    slug: '215-kh-skhdt',
    edits: [{ label: 'Ngày ban hành', field: 'issuedOn', value: '2099-01-15' }],
  },
  {
    family: 'unit active on the decision date, one date per decision',
    collection: 'achievements',
    slug: 'nguyen-van-an-45-qd-skhdt-2023',
    edits: [{ label: 'Ngày quyết định', field: 'decisionDate', value: '2025-06-02' }],
  },
  {
    family: 'achievement year after the decision',
    collection: 'achievements',
    slug: 'nguyen-van-an-45-qd-skhdt-2023',
    edits: [{ label: 'Năm thành tích (không bắt buộc)', field: 'year', value: '2030' }],
  },
  {
    family: 'same recipient twice in a decision',
    collection: 'achievements',
    slug: 'tran-thi-bich-ngoc-45-qd-skhdt-2023',
    edits: [{ label: 'Họ tên / Tên tập thể', field: 'recipient', value: 'Nguyễn Hoàng Phúc' }],
  },
];

/** Bodies typed into a news entry's editor, each breaking one body rule, and that rule's English. */
const BODY_CASES = [
  { rule: 'script', typed: '<script>alert(1)</script>' },
  { rule: 'import', typed: "import fs from 'node:fs'" },
  { rule: 'code', typed: '{1 + 1}' },
] as const;
const BODY_RULES: Record<(typeof BODY_CASES)[number]['rule'], RegExp> = {
  script: /HTML tag <script> is not allowed/,
  import: /MDX import is not allowed/,
  code: /\{ \} is not allowed in news/,
};

const SCREENSHOTS = join(WORK, 'screenshots');

const EXTENSION: Record<Collection, string> = { achievements: 'mdx', news: 'mdx', campaigns: 'mdx' };

/** The file with the edited front-matter lines, as the CMS would write it. */
function edited(source: string, edits: Case['edits']): string {
  let out = source;
  for (const { field, value } of edits) {
    const line = new RegExp(`^${field}: .*$`, 'm');
    if (!line.test(out)) throw new Error(`no ${field} line to edit`);
    out = out.replace(line, `${field}: ${value}`);
  }
  return out;
}

describe('the content gate in the CMS form and the local backend (Chromium, npm start)', () => {
  let copy: ProjectCopy;
  let builder: SiteBuilder;
  let site: LocalServer;
  let browser: Browser;
  let page: Page;
  /** The site builder's own lines («↻ Content changed, rebuilding…», «✓ Site updated …»). */
  const builderLog: string[] = [];
  /** Every entry a persist request asked the local backend to write (its gate sees each one). */
  const backendWrites: string[] = [];
  const file = (c: Case | { collection: Collection; slug: string }) =>
    join(copy.dir, 'content', c.collection, `${c.slug}.${EXTENSION[c.collection]}`);
  const relative = (c: Case) => `content/${c.collection}/${c.slug}.${EXTENSION[c.collection]}`;
  /** Decap's save request, POSTed straight to the local backend (no form, no browser). */
  const persistDirectly = (collection: Collection, slug: string, path: string, raw: string) =>
    fetch(`${site.url}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: site.url },
      body: JSON.stringify({
        action: 'persistEntry',
        params: {
          branch: 'main',
          entry: { slug, path, raw },
          assets: [],
          options: { collectionName: collection, commitMessage: 'x', useWorkflow: false, status: 'draft' },
        },
      }),
    });

  beforeAll(async () => {
    copy = await copyProject('cms-gate');
    builder = startSiteBuilder({ root: copy.dir, quiet: true, log: (line) => builderLog.push(line) });
    const [built, chromium] = await Promise.all([builder.firstBuild, launchChromium()]);
    if (!built) throw new Error(`build of the project copy failed: ${builder.state.status.problems.join('\n')}`);
    browser = chromium;
    const gate = contentGate(copy.dir);
    site = await startLocalServer({
      repo: copy.dir,
      mode: 'fs',
      gate: {
        ...gate,
        checkEntry: (entry) => {
          backendWrites.push(entry.path);
          return gate.checkEntry(entry);
        },
      },
      dist: () => builder.dist,
      buildStatus: () => builder.state.status,
    });
    page = await browser.newPage();
    // Leaving an edited entry is confirmed; a local backup of a refused edit is not restored, so
    // each test starts from the file on disk.
    page.on('dialog', (d) => void (/bản sao lưu/.test(d.message()) ? d.dismiss() : d.accept()));
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Thành tích' }).first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    builder?.close();
    await site?.close();
    await copy?.remove();
  });

  async function openEntry(collection: string, slug: string) {
    await page.goto('about:blank');
    await page.goto(`${site.url}/admin/#/collections/${collection}/entries/${slug}`);
  }

  /** Types a paragraph of its own at the end of the body, in the rich-text editor, as an editor would. */
  async function appendParagraph(text: string) {
    const editor = page.locator('[contenteditable="true"]').first();
    // A click at the end of the last paragraph, then End: the caret after the body's last character.
    const last = editor.locator(':scope > *').last();
    await last.scrollIntoViewIfNeeded();
    const box = (await last.boundingBox())!;
    await last.click({ position: { x: box.width - 2, y: box.height - 4 } });
    await page.waitForFunction(
      (el) => Boolean(getSelection()?.anchorNode && el?.lastElementChild?.contains(getSelection()!.anchorNode)),
      await editor.elementHandle(),
    );
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text);
    // What the case is about depends on it: the text is the body's last paragraph, alone.
    await expect
      .poll(() => editor.evaluate((el) => (el.lastElementChild as HTMLElement | null)?.innerText.trim()))
      .toBe(text);
  }

  async function publish() {
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
  }

  it('refuses each rule in the form with the sentence `npm run check` prints, and writes nothing', async () => {
    const snapshot = await readContentSnapshot(copy.dir);
    for (const c of CASES) {
      const before = await readFile(file(c), 'utf8');
      const expected = checkEntry(
        { collection: c.collection, file: relative(c), source: edited(before, c.edits) },
        snapshot,
      );
      expect(expected.length, `${c.family}: the case must break a rule`).toBeGreaterThan(0);
      await openEntry(c.collection, c.slug);
      for (const { label, value } of c.edits) await page.getByLabel(label, { exact: true }).fill(value);
      await publish();
      for (const problem of expected) {
        // In the list at the top of the form, and next to the field.
        await page
          .locator('#thidua-gate-summary')
          .getByText(problem.vi, { exact: false })
          .first()
          .waitFor({ timeout: 15_000 });
      }
      expect(await page.locator('.thidua-gate-problem').count(), c.family).toBeGreaterThanOrEqual(expected.length);
      expect(await page.getByText('Bạn còn thiếu vài thông tin bắt buộc', { exact: false }).count(), c.family).toBe(0);
      expect(await readFile(file(c), 'utf8'), c.family).toBe(before);
    }
  });

  it('refuses in the form a body with <script>, import or {code}, before any write request reaches the backend', async () => {
    // The body is parsed in the browser by MDX's own parser (src/content-model/mdx-to-mdast-browser.ts)
    // and checked by the rules `npm run check` applies: the backend's gate never sees the entry.
    const news = { collection: 'news' as const, slug: 'tap-huan-chuyen-doi-so-cho-doanh-nghiep-nho-va-vua' };
    const before = await readFile(file(news), 'utf8');
    const snapshot = await readContentSnapshot(copy.dir);
    for (const { rule, typed } of BODY_CASES) {
      // The sentence the gate gives for this body, the one `npm run check` prints.
      const expected = checkEntry(
        { collection: news.collection, file: `content/news/${news.slug}.mdx`, source: `${before}\n${typed}\n` },
        snapshot,
      ).filter((p) => p.field === 'body');
      expect(expected.map((p) => p.en).join('\n'), rule).toMatch(BODY_RULES[rule]);
      const writes = backendWrites.length;
      await openEntry(news.collection, news.slug);
      await appendParagraph(typed);
      await publish();
      const body = page.locator('label', { hasText: /^Nội dung bài viết/ }).locator('..');
      for (const problem of expected) {
        await body.locator('.thidua-gate-problem', { hasText: problem.vi }).first().waitFor({ timeout: 15_000 });
        await page.locator('#thidua-gate-summary').getByText(`«Nội dung bài viết»: ${problem.vi}`).waitFor();
      }
      // Decap's own notice repeats the sentences, in Vietnamese only (no «Error: »)…
      await page
        .getByText(`Không lưu được mục: ${expected.map((p) => p.vi).join(' ')}`, { exact: true })
        .waitFor({ timeout: 15_000 });
      // …and they are the gate's, not the backend's refusal line («…: content/news/….mdx:12: body: …»).
      expect(await page.getByText(/\.mdx:\d+: body:/).count(), rule).toBe(0);
      // For a person to look at (THIDUA_SCREENSHOTS=1, as responsive-print's): the sentence by the body.
      if (rule === 'script' && process.env['THIDUA_SCREENSHOTS'] === '1') {
        await body.locator('.thidua-gate-problem').first().scrollIntoViewIfNeeded();
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, 'cms-body-refused-in-form.png') });
      }
      expect(backendWrites.length, `${rule}: no persist request reached the backend`).toBe(writes);
      expect(await readFile(file(news), 'utf8'), rule).toBe(before);
    }
  });

  it("shows the local backend's refusal with its sentence, without Decap's error code, when content changed after the form checked", async () => {
    // Someone else's publication lands between the form's check and the write: the same person
    // in the same decision. The form passed; the backend's gate, reading the disk, refuses.
    const entry = { collection: 'achievements' as const, slug: 'le-minh-duc-45-qd-skhdt-2023' };
    const before = await readFile(file(entry), 'utf8');
    const twin = join(copy.dir, 'content/achievements/ban-sao-luu-cung-luc.mdx');
    await openEntry(entry.collection, entry.slug);
    await page.getByLabel('Tóm tắt thành tích', { exact: true }).fill('Tóm tắt sửa cùng lúc với người khác.');
    await page.route('**/api/v1', async (route) => {
      if (route.request().postData()?.includes('"persistEntry"')) await writeFile(twin, before);
      await route.continue();
    });
    try {
      await publish();
      const refusal = page.getByText(new RegExp(`content/achievements/${entry.slug}\\.mdx(:\\d+)?: \\w+: `));
      await refusal.first().waitFor({ timeout: 15_000 });
      const snapshot = await readContentSnapshot(copy.dir);
      const expected = checkEntry(
        { collection: entry.collection, file: `content/achievements/${entry.slug}.mdx`, source: before },
        snapshot,
      );
      expect(expected.length).toBeGreaterThan(0);
      const text = await refusal.first().innerText();
      for (const problem of expected) expect(text).toContain(problem.vi);
      expect(text).not.toContain('API_ERROR');
      expect(await readFile(file(entry), 'utf8')).toBe(before);
    } finally {
      await page.unroute('**/api/v1');
      await rm(twin, { force: true });
    }
  });

  it('refuses the same entries POSTed straight to the local backend, with the same problems', async () => {
    const snapshot = await readContentSnapshot(copy.dir);
    for (const c of CASES) {
      const before = await readFile(file(c), 'utf8');
      const raw = edited(before, c.edits);
      const expected = checkEntry({ collection: c.collection, file: relative(c), source: raw }, snapshot).map(
        formatProblem,
      );
      expect(expected.length, `${c.family}: the case must break a rule`).toBeGreaterThan(0);
      const response = await persistDirectly(c.collection, c.slug, relative(c), raw);
      expect(response.status, c.family).toBe(422);
      const answer = (await response.json()) as { error: string; problems: string[] };
      expect(answer.problems, c.family).toEqual(expected);
      expect(await readFile(file(c), 'utf8'), c.family).toBe(before);
    }
    // The bodies the form refuses: the backend's own check (Sätteri's parser) refuses them too.
    const news = { collection: 'news' as const, slug: 'tap-huan-chuyen-doi-so-cho-doanh-nghiep-nho-va-vua' };
    const path = `content/news/${news.slug}.mdx`;
    const before = await readFile(file(news), 'utf8');
    for (const { rule, typed } of BODY_CASES) {
      const raw = `${before}\n${typed}\n`;
      const expected = checkEntry({ collection: news.collection, file: path, source: raw }, snapshot).map(
        formatProblem,
      );
      expect(expected.join('\n'), rule).toMatch(BODY_RULES[rule]);
      const response = await persistDirectly(news.collection, news.slug, path, raw);
      expect(response.status, rule).toBe(422);
      expect(((await response.json()) as { problems: string[] }).problems, rule).toEqual(expected);
      expect(await readFile(file(news), 'utf8'), rule).toBe(before);
    }
  });

  it('refuses media whose bytes are not the image they claim to be, and writes nothing', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const path of [
      'content/media/anh-gia.png',
      'content/media/anh-gia.svg',
      'content/media/trang.html',
      'content/media/van-ban.pdf',
    ]) {
      const response = await fetch(`${site.url}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: site.url },
        body: JSON.stringify({
          action: 'persistMedia',
          params: {
            branch: 'main',
            asset: { path, content: svg.toString('base64'), encoding: 'base64' },
            options: { commitMessage: 'x' },
          },
        }),
      });
      expect(response.status, path).toBe(422);
      const answer = (await response.json()) as { problems: string[] };
      expect(answer.problems[0], path).toMatch(new RegExp(`^${path}: file: .+ / .+`));
      await expect(readFile(join(copy.dir, path)), path).rejects.toThrow();
    }
  });

  it('after moving from one entry to another by the URL alone, saves only the entry on screen', async () => {
    const a = { collection: 'achievements' as const, slug: 'nguyen-van-an-45-qd-skhdt-2023' };
    const b = { collection: 'achievements' as const, slug: 'le-minh-duc-45-qd-skhdt-2023' };
    const [beforeA, beforeB] = await Promise.all([readFile(file(a), 'utf8'), readFile(file(b), 'utf8')]);
    await openEntry(a.collection, a.slug);
    const name = page.getByLabel('Họ tên / Tên tập thể', { exact: true });
    await expect.poll(() => name.inputValue(), { timeout: 20_000 }).toBe('Nguyễn Văn An');
    // Only the hash changes, as when typing the address or pressing Back.
    await page.evaluate((slug) => (location.hash = `#/collections/achievements/entries/${slug}`), b.slug);
    await expect.poll(() => name.inputValue(), { timeout: 20_000 }).toBe('Lê Minh Đức');
    const summary = page.getByLabel('Tóm tắt thành tích', { exact: true });
    await summary.fill('Tóm tắt mới của Lê Minh Đức.');
    const started = Date.now();
    await publish();
    await expect
      .poll(() => readFile(file(b), 'utf8'), { timeout: 20_000 })
      .toContain('summary: Tóm tắt mới của Lê Minh Đức.');
    // The edit reaches the page served (a figure for the README, not a pass/fail threshold).
    const served = async () =>
      (await fetch(`${site.url}/thanh-tich/${b.slug}/`, { signal: AbortSignal.timeout(10_000) })).text();
    await expect.poll(served, { timeout: 180_000, interval: 250 }).toContain('Tóm tắt mới của Lê Minh Đức.');
    console.log(
      `[measure] simple publishing: «Công bố ngay» → page served in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(await readFile(file(a), 'utf8')).toBe(beforeA);
    expect((await readFile(file(b), 'utf8')).replace(/^summary: .*$/m, '')).toBe(beforeB.replace(/^summary: .*$/m, ''));
  }, 240_000);

  it('finds units and campaigns typed without tones, and offers no unit closed on the decision date', async () => {
    await page.goto('about:blank');
    await page.goto(`${site.url}/admin/#/collections/achievements/new`);
    const options = () => page.getByRole('option').allInnerTexts();
    const unit = page.getByLabel('Đơn vị', { exact: true });
    await unit.click();
    await unit.pressSequentially('van phong');
    await expect.poll(options, { timeout: 15_000 }).toEqual(['Văn phòng Sở']);
    await unit.fill('xyz khong co');
    await page.getByText('Không có mục nào khớp.').waitFor();
    expect(await page.getByText('No options').count()).toBe(0);
    // Before choosing a date every unit is offered, the closed one marked as such.
    await unit.fill('dang ky kinh doanh');
    await expect
      .poll(options)
      .toEqual([
        'Phòng Đăng ký kinh doanh (đã ngừng hoạt động sau 28/02/2025)',
        'Phòng Doanh nghiệp và Đăng ký kinh doanh',
      ]);
    await page.keyboard.press('Escape');
    await page.getByLabel('Ngày quyết định', { exact: true }).fill('2025-06-02');
    await unit.click();
    await unit.pressSequentially('dang ky kinh doanh');
    await expect.poll(options).toEqual(['Phòng Doanh nghiệp và Đăng ký kinh doanh']);
    await page.getByRole('option', { name: 'Phòng Doanh nghiệp và Đăng ký kinh doanh' }).click();
    expect(await unit.inputValue()).toBe('Phòng Doanh nghiệp và Đăng ký kinh doanh');

    const campaign = page.getByLabel('Đợt thi đua (không bắt buộc)', { exact: true });
    await campaign.click();
    await campaign.pressSequentially('dong thap');
    await expect
      .poll(options)
      .toEqual(['1579/KH-SKHĐT – Đợt thi đua đặc biệt chào mừng kỷ niệm 45 năm Ngày thành lập tỉnh Đồng Tháp']);
    await campaign.fill('thi dua yeu nuoc 2025');
    await expect.poll(options).toEqual(['36/KH-SKHĐT – Phong trào thi đua yêu nước năm 2025']);
    await page.getByRole('option').first().click();
    // The contents offered follow the campaign chosen in the picker.
    await page.getByRole('group', { name: 'Nội dung thi đua', exact: true }).getByRole('checkbox').first().waitFor();
  });

  it("finds entries in the CMS's own search typed without tones", async () => {
    const cases: [string, string][] = [
      ['nguyen van an', 'Nguyễn Văn An · Giấy khen · 45/QĐ-SKHĐT'],
      ['dong thap', '1579/KH-SKHĐT · Đợt thi đua đặc biệt chào mừng kỷ niệm 45 năm Ngày thành lập tỉnh Đồng Tháp'],
      ['van phong so', 'Văn phòng Sở'],
    ];
    for (const [query, found] of cases) {
      await page.goto('about:blank');
      await page.goto(`${site.url}/admin/#/search/${encodeURIComponent(query)}`);
      await page.getByText(found, { exact: true }).first().waitFor({ timeout: 20_000 });
    }
  });

  it('shows no «No options», «Markdown» or «mm/dd/yyyy»; dates are typed dd/mm/yyyy', async () => {
    const english = async () =>
      page.evaluate(() => {
        const attributes = [...document.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap((el) =>
          ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
        );
        const text = `${document.body.innerText}\n${attributes.join('\n')}`;
        return ['No options', 'Markdown', 'mm/dd/yyyy', 'Select...'].filter((s) =>
          text.toLowerCase().includes(s.toLowerCase()),
        );
      });
    for (const collection of ['achievements', 'news']) {
      await page.goto('about:blank');
      await page.goto(`${site.url}/admin/#/collections/${collection}/new`);
      await page.locator('[contenteditable="true"]').first().waitFor();
      const select = page.getByLabel(collection === 'news' ? 'Đơn vị đưa tin' : 'Loại', { exact: true });
      await select.click();
      await select.pressSequentially('xyz');
      await page.getByText('Không có lựa chọn nào khớp').waitFor();
      expect(await english(), collection).toEqual([]);
    }
    const date = page.getByLabel('Ngày đăng', { exact: true });
    expect(await date.getAttribute('placeholder')).toBe('ngày/tháng/năm, ví dụ 20/12/2025');
    await date.fill('26/3/2026');
    await page.getByLabel('Tiêu đề', { exact: true }).click();
    expect(await date.inputValue()).toBe('26/03/2026');
  });

  it('shows a banner on /admin naming the entry that blocks the site after a bad file is written by hand', async () => {
    await builder.idle();
    const bad = join(copy.dir, 'content', 'news', 'tin-sai-viet-tay.mdx');
    const source = (
      await readFile(file({ collection: 'news', slug: 'tap-huan-chuyen-doi-so-cho-doanh-nghiep-nho-va-vua' }), 'utf8')
    ).replace(/^publishedAt: .*$/m, 'publishedAt: 2099-03-01');
    const builtBefore = builder.state.status.builtAt;
    await writeFile(bad, source);
    await page.goto(`${site.url}/admin/`);
    const banner = page.locator('#thidua-build-banner');
    await banner.waitFor({ timeout: 120_000 });
    const text = await banner.innerText();
    expect(text).toContain('Trang web chưa được cập nhật');
    expect(text).toContain('content/news/tin-sai-viet-tay.mdx');
    expect(text).toMatch(/ngày đăng/);
    // The public site keeps its last good version.
    expect(builder.state.status.builtAt).toBe(builtBefore);
    expect((await fetch(`${site.url}/`)).status).toBe(200);
    await rm(bad);
    await banner.waitFor({ state: 'detached', timeout: 120_000 });
  }, 300_000);

  it('starts no second rebuild when the backend announces files a rebuild the watcher started already reads', async () => {
    await builder.idle();
    const from = builderLog.length;
    const rebuilds = () => builderLog.slice(from).filter((line) => line.includes('Content changed')).length;
    const path = 'content/news/cong-doan-so-huong-ung-dot-thi-dua-dac-biet.mdx';
    const original = await readFile(join(copy.dir, path), 'utf8');
    await writeFile(join(copy.dir, path), `${original.trimEnd()}\n\nMột câu thêm vào bằng tay.\n`);
    // The backend's own steps after a write (git, for a publication) can outlast the watcher's
    // debounce: its rebuild has started when the backend says what it wrote.
    await expect.poll(rebuilds, { timeout: 60_000 }).toBe(1);
    builder.rebuildNow([path]);
    await builder.idle();
    expect(rebuilds(), builderLog.slice(from).join('\n')).toBe(1);
    expect(await (await fetch(`${site.url}/tin-tuc/cong-doan-so-huong-ung-dot-thi-dua-dac-biet/`)).text()).toContain(
      'Một câu thêm vào bằng tay.',
    );
    await writeFile(join(copy.dir, path), original);
    await builder.idle();
  }, 300_000);
});
