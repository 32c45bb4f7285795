/**
 * The CMS's local backend, as `npm start` serves it (src/local-backend/server.ts): decap-server's
 * own middleware on the site's origin, behind the guard. Real HTTP against a real server on a
 * scratch project: on the loopback interface only; only the site's own origin and Host; only
 * the collections' folders and the media folder, for reading as for writing; every refusal a
 * 403 with a reason, and nothing written.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../src/local-backend/server.ts';
import { WORK } from '../support/paths.ts';

/** Resolves "connected" or the error code of a TCP connection attempt. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
}

/** Local addresses listening on `port`, from /proc/net/tcp and tcp6 (hex, as the kernel writes them). */
async function listeningAddresses(port: number): Promise<string[]> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(table, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === '0A' && local?.endsWith(`:${hexPort}`)) found.push(local.split(':')[0]!);
    }
  }
  return found;
}

interface Answer {
  status: number;
  body: string;
}

/** A raw HTTP request (fetch cannot forge `Host`). */
function send(
  port: number,
  {
    method = 'POST',
    path = '/api/v1',
    headers = {},
    body,
  }: { method?: string; path?: string; headers?: Record<string, string>; body?: unknown },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...(data ? { 'Content-Type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

const NEWS = `---
title: Tin thử
publishedAt: 2025-01-02
summary: Một tin thử.
author: Văn phòng Sở
sample: false
---

Nội dung.
`;

describe('local backend of npm start (src/local-backend/)', () => {
  let server: LocalServer;
  let repo: string;
  let port: number;
  let own: Record<string, string>;
  const api = (body: unknown, headers: Record<string, string> = own) => send(port, { headers, body });

  beforeAll(async () => {
    await mkdir(WORK, { recursive: true });
    repo = await mkdtemp(join(WORK, 'local-backend-'));
    for (const dir of [
      'content/news',
      'content/achievements',
      'content/campaigns',
      'content/units',
      'content/media',
      'public/js',
      'dist',
      '.git/hooks',
    ]) {
      await mkdir(join(repo, dir), { recursive: true });
    }
    await writeFile(join(repo, 'content/news/tin-co-san.mdx'), NEWS);
    await writeFile(join(repo, 'astro.config.mjs'), 'export default {};\n');
    await writeFile(join(repo, 'package.json'), '{"name":"x"}\n');
    await writeFile(join(repo, 'README.md'), '# x\n');
    await writeFile(join(repo, '.git/config'), '[core]\n');
    await writeFile(join(repo, 'dist/index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(repo, 'dist/404.html'), '<!doctype html><title>404</title>');
    server = await startLocalServer({ repo, mode: 'fs', dist: () => join(repo, 'dist') });
    port = server.port;
    own = { Origin: `http://127.0.0.1:${port}`, Host: `127.0.0.1:${port}` };
  });
  afterAll(async () => {
    await server?.close();
    await rm(repo, { recursive: true, force: true });
  });

  it('answers on 127.0.0.1, only there', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    // 0100007F is 127.0.0.1; 00000000 would be every interface.
    expect(await listeningAddresses(port)).toEqual(['0100007F']);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of others) expect(await tryConnect(address, port)).toBe('ECONNREFUSED');
    expect(await tryConnect('127.0.0.1', port)).toBe('connected');
  });

  it("serves Decap's API and the site on the same origin", async () => {
    const info = await api({ action: 'info' });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ type: 'local_fs', publish_modes: ['simple'] });
    const page = await send(port, { method: 'GET', path: '/', headers: { Host: `localhost:${port}` } });
    expect(page.status).toBe(200);
    const listed = await api({
      action: 'entriesByFolder',
      params: { branch: 'main', folder: 'content/news', extension: 'mdx', depth: 1 },
    });
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body)).toEqual([
      expect.objectContaining({ file: expect.objectContaining({ path: 'content/news/tin-co-san.mdx' }) }),
    ]);
    // Same-origin browsers may send no Origin on a GET, but always Sec-Fetch-Site.
    const status = await send(port, {
      method: 'GET',
      path: '/api/thidua/build-status',
      headers: { 'Sec-Fetch-Site': 'same-origin', Host: `127.0.0.1:${port}` },
    });
    expect(status.status).toBe(200);
  });

  it('refuses foreign origins, cross-site requests and requests that say nothing of their origin', async () => {
    const cases: Record<string, string>[] = [
      { Origin: 'http://evil.example', Host: `127.0.0.1:${port}` },
      { Origin: `http://127.0.0.1:${port + 1}`, Host: `127.0.0.1:${port}` },
      { Origin: 'null', Host: `127.0.0.1:${port}` },
      { 'Sec-Fetch-Site': 'cross-site', Host: `127.0.0.1:${port}` },
      { 'Sec-Fetch-Site': 'same-site', Origin: `http://127.0.0.1:${port}`, Host: `127.0.0.1:${port}` },
      { Host: `127.0.0.1:${port}` },
    ];
    for (const headers of cases) {
      const answer = await api({ action: 'info' }, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(answer.body).error).toMatch(/^Từ chối.+ \/ refused/);
    }
  });

  it('refuses a forged Host (DNS rebinding), for the API and the pages alike', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `127.0.0.1:${port + 1}`]) {
      const answer = await api({ action: 'info' }, { Origin: `http://${host}`, Host: host });
      expect(answer.status, host).toBe(403);
      const page = await send(port, { method: 'GET', path: '/', headers: { Host: host } });
      expect(page.status, host).toBe(403);
    }
  });

  it('refuses to read or write outside the collections and the media folder, and writes nothing', async () => {
    const before = await snapshot(repo);
    const entry = (path: string) => ({
      action: 'persistEntry',
      params: {
        branch: 'main',
        entry: { slug: 'x', path, raw: 'owned' },
        assets: [],
        options: { collectionName: 'news', commitMessage: 'x', useWorkflow: false, status: 'draft' },
      },
    });
    const media = (path: string) => ({
      action: 'persistMedia',
      params: {
        branch: 'main',
        asset: { path, content: Buffer.from('owned').toString('base64'), encoding: 'base64' },
        options: { commitMessage: 'x' },
      },
    });
    const refused: [string, unknown][] = [
      ['write astro.config.mjs', entry('astro.config.mjs')],
      ['write a git hook', entry('.git/hooks/pre-commit')],
      ['write public/js', entry('public/js/app.js')],
      ['write scripts/', media('scripts/x.ts')],
      ['climb out of a collection', entry('content/news/../../package.json')],
      ['absolute path', entry('/tmp/x.mdx')],
      ['wrong extension in a collection', entry('content/news/x.js')],
      ['hidden file in a collection', entry('content/news/.x.mdx')],
      ['sub-folder of a collection', entry('content/news/a/b.mdx')],
      ['media into a collection folder', media('content/news/x.mdx')],
      [
        'media asset of an entry outside media',
        {
          ...entry('content/news/ok.mdx'),
          params: {
            ...entry('content/news/ok.mdx').params,
            assets: [{ path: 'public/x.js', content: 'eA==', encoding: 'base64' }],
          },
        },
      ],
      [
        'rename into public/',
        {
          ...entry('content/news/tin-co-san.mdx'),
          params: {
            ...entry('content/news/tin-co-san.mdx').params,
            entry: { slug: 'x', path: 'content/news/tin-co-san.mdx', newPath: 'public/x.mdx', raw: 'x' },
          },
        },
      ],
      ['read .git/config', { action: 'getEntry', params: { branch: 'main', path: '.git/config' } }],
      [
        'read package.json',
        { action: 'entriesByFiles', params: { branch: 'main', files: [{ path: 'package.json' }] } },
      ],
      [
        'read a media file outside media',
        { action: 'getMediaFile', params: { branch: 'main', path: 'astro.config.mjs' } },
      ],
      [
        'list a folder outside content as media',
        { action: 'getMedia', params: { branch: 'main', mediaFolder: 'public' } },
      ],
      ['list .git', { action: 'entriesByFolder', params: { branch: 'main', folder: '.git', extension: '', depth: 2 } }],
      ['list the root as media', { action: 'getMedia', params: { branch: 'main', mediaFolder: '.' } }],
      [
        'delete a root file',
        { action: 'deleteFile', params: { branch: 'main', path: 'README.md', options: { commitMessage: 'x' } } },
      ],
      [
        'delete several, one outside',
        {
          action: 'deleteFiles',
          params: {
            branch: 'main',
            paths: ['content/news/tin-co-san.mdx', 'package.json'],
            options: { commitMessage: 'x' },
          },
        },
      ],
      [
        'unknown collection',
        { action: 'unpublishedEntry', params: { branch: 'main', collection: '../..', slug: 'x' } },
      ],
      ['unknown action', { action: 'runShell', params: {} }],
    ];
    for (const [name, body] of refused) {
      const answer = await api(body);
      expect(answer.status, name).toBe(403);
      expect(JSON.parse(answer.body).error, name).toMatch(/^Từ chối.+ \/ refused/);
    }
    expect(await snapshot(repo)).toEqual(before);
  });

  it('writes an entry and a media file where they belong', async () => {
    const written = await api({
      action: 'persistEntry',
      params: {
        branch: 'main',
        entry: { slug: 'tin-moi', path: 'content/news/tin-moi.mdx', raw: NEWS },
        assets: [],
        options: { collectionName: 'news', commitMessage: 'x', useWorkflow: false, status: 'draft' },
      },
    });
    expect(written.status, written.body).toBe(200);
    expect(await readFile(join(repo, 'content/news/tin-moi.mdx'), 'utf8')).toBe(NEWS);
  });

  it('answers a malformed URL with 400, not a server error', async () => {
    const answer = await send(port, { method: 'GET', path: '/%E0%A4%A', headers: { Host: `127.0.0.1:${port}` } });
    expect(answer.status).toBe(400);
  });
});

/** Every file under `dir` with its content, to prove nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length + 1)] = await readFile(path, 'utf8');
    }
  }
  return out;
}
