/**
 * Self-hosting (issue 13.5), end to end with the shipped pieces: a content change committed in
 * the office's repository is pushed to the bare repository on the "server"; its post-receive
 * hook (deploy/git-hooks/post-receive) builds a new release folder and switches the `current`
 * symlink atomically; Debian's real nginx, serving `current` under the generated configuration,
 * serves the new page with its headers and its «Cập nhật lần cuối». A refused entry leaves the
 * site as it was and tells the pusher why.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { createSelfHosted, type SelfHosted } from '../support/self-host.ts';

describe('self-hosted: push → post-receive build → atomic switch → nginx', () => {
  let host: SelfHosted;
  let newsFile: string;
  let id: string;

  beforeAll(async () => {
    host = await createSelfHosted('self-host');
    const news = (await readdir(join(host.work, 'content/news'))).filter((f) => f.endsWith('.mdx')).sort();
    newsFile = join(host.work, 'content/news', news[0]!);
    id = news[0]!.slice(0, -'.mdx'.length);
  });
  afterAll(async () => {
    await host?.remove();
  });

  it('a pushed content change is built into a new release, switched in, and served by nginx', async () => {
    expect(await (await fetch(`${host.nginx.url}/`)).text()).toContain('Bản đầu');
    await writeFile(newsFile, `${await readFile(newsFile, 'utf8')}\nĐoạn văn mới đăng từ máy của Văn phòng Sở.\n`);
    host.git(['commit', '-q', '-am', 'Sửa tin tức: thêm một đoạn']);
    const pushed = await host.push();
    expect(pushed.code, pushed.output).toBe(0);
    expect(pushed.output).toMatch(/remote: ✓ Đã cập nhật trang web: releases\/\d{8}-\d{6}-[0-9a-f]{7}/);

    const current = await readlink(join(host.site, 'current'));
    expect(current).toMatch(/^releases\/\d{8}-\d{6}-[0-9a-f]{7}$/);
    expect(current).toContain(host.git(['rev-parse', '--short=7', 'HEAD']).trim());
    // The previous release stays for a rollback; the build log is kept.
    expect((await readdir(join(host.site, 'releases'))).sort()).toEqual([
      '00000000-000000-initial',
      current.slice('releases/'.length),
    ]);
    expect(existsSync(join(host.site, 'logs', `${current.slice('releases/'.length)}.log`))).toBe(true);

    const response = await fetch(`${host.nginx.url}${routes.article(id)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const $ = cheerio.load(await response.text());
    expect($('main').text()).toContain('Đoạn văn mới đăng từ máy của Văn phòng Sở.');
    // Built from a clone with the history: the page is dated by its last commit.
    expect($('.last-updated time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect($('.last-updated').text()).toMatch(/^Cập nhật lần cuối: ngày \d{2} tháng \d{1,2} năm \d{4}$/);
  });

  it('a refused entry: the push reports file, field and message, the site keeps its last release', async () => {
    const before = await readlink(join(host.site, 'current'));
    const page = await (await fetch(`${host.nginx.url}${routes.article(id)}`)).text();
    await writeFile(newsFile, (await readFile(newsFile, 'utf8')).replace(/^title: .*$/m, 'title: ""'));
    host.git(['commit', '-q', '-am', 'Sửa tin tức: xóa tiêu đề']);
    const pushed = await host.push();
    expect(pushed.output).toContain('remote: ✗ Trang web KHÔNG được cập nhật');
    expect(pushed.output).toMatch(new RegExp(`remote: content/news/${id}\\.mdx(:\\d+)?: title: `));
    expect(await readlink(join(host.site, 'current'))).toBe(before);
    expect(await (await fetch(`${host.nginx.url}${routes.article(id)}`)).text()).toBe(page);
  });
});
