/**
 * A small static file server for the built site, used by `npm start` and by the browser tests.
 * It behaves like the static hosts we deploy to: `/x/` serves `/x/index.html`, `/x` redirects
 * to `/x/`, unknown paths get `/404.html` with status 404, and the rules of the site's
 * `_headers` file (Netlify / Cloudflare Pages format) are applied, so tests see the real
 * Content-Security-Policy. It binds 127.0.0.1 only. `npm start` serves it together with the CMS's
 * local backend (server.ts).
 */
import { open, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { lookup } from 'mrmime';

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parses a `_headers` file: a path pattern at column 0, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const i = line.indexOf(':');
      const rule = rules.at(-1);
      if (i > 0 && rule) rule.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export interface StaticServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Answers one request from the directory `root()` returns at request time. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: () => string): Promise<void> {
  try {
    const dir = root();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed %-escape (`/%E0%A4%A`) is the client's mistake, not a server error.
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Địa chỉ không hợp lệ / Malformed URL');
      return;
    }
    const file = normalize(join(dir, path));
    if ((!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) || path.includes('\0')) {
      res.writeHead(400).end();
      return;
    }
    let target: string | undefined;
    let status = 200;
    if (path.endsWith('/') && (await isFile(join(file, 'index.html')))) target = join(file, 'index.html');
    else if (!path.endsWith('/') && (await isFile(file))) target = file;
    else if (!path.endsWith('/') && (await isFile(join(file, 'index.html')))) {
      res.writeHead(301, { Location: `${path}/${url.search}` }).end();
      return;
    } else {
      target = join(dir, '404.html');
      status = 404;
    }
    const headers: Record<string, string> = {
      'Content-Type': lookup(extname(target)) ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    if (
      headers['Content-Type']!.startsWith('text/') ||
      headers['Content-Type']!.includes('javascript') ||
      headers['Content-Type']!.includes('json')
    ) {
      headers['Content-Type'] += '; charset=utf-8';
    }
    const rulesText = await readFile(join(dir, '_headers'), 'utf8').catch(() => '');
    for (const rule of parseHeadersFile(rulesText)) {
      if (rule.pattern.test(path)) for (const [k, v] of rule.headers) headers[k] = v;
    }
    // Opened before answering: `npm start` swaps in a new build by renaming folders, and an open
    // file stays readable through that, where a path read later could vanish mid-answer.
    const handle = await open(target, 'r').catch(() => undefined);
    const info = await handle?.stat().catch(() => undefined);
    if (!handle || !info?.isFile()) {
      await handle?.close();
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // Revalidation as the static hosts answer it: a file asked for again unchanged costs a 304.
    headers['ETag'] = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    if ((status === 200 && req.headers['if-none-match'] === headers['ETag']) || req.method === 'HEAD') {
      await handle.close();
      res.writeHead(req.method === 'HEAD' ? status : 304, headers).end();
      return;
    }
    res.writeHead(status, headers);
    const stream = handle.createReadStream();
    stream.on('error', (error) => res.destroy(error));
    stream.pipe(res);
  } catch (error) {
    if (!res.headersSent) res.writeHead(500);
    res.end(String(error));
  }
}

/** Listens on 127.0.0.1 only (`port` 0 picks a free port). */
export async function listenLocal(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port = 0,
): Promise<StaticServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Serves the directory `root()` returns at request time (so `npm start` can swap in a fresh
 * build). `port` 0 picks a free port.
 */
export function startStaticServer(root: () => string, port = 0): Promise<StaticServer> {
  return listenLocal((req, res) => void serveStatic(req, res, root), port);
}
