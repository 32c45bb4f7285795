/**
 * The CMS's local backend: decap-server's own middleware (`registerLocalFs` writes plain files,
 * `registerLocalGit` commits and keeps editorial drafts on `cms/…` branches), mounted in an
 * express app of the local server with the guard (guard.ts) and the content gate in front of it.
 * Not a fork: decap-server does the reading and writing; this module decides what reaches it.
 */
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkAction, checkHost, checkOrigin, refusalText, type Refusal } from './guard.ts';

const require = createRequire(import.meta.url);

// decap-server ships untyped CommonJS; the little used here is typed by hand.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Handler = (req: any, res: any, next: (error?: unknown) => void) => void;
interface ExpressApp {
  (req: IncomingMessage, res: ServerResponse, next?: () => void): void;
  use(handler: Handler): void;
  use(path: string, handler: Handler): void;
}
interface ExpressModule {
  (): ExpressApp;
  json(options: { limit: string }): Handler;
}
interface DecapMiddlewares {
  registerLocalFs(app: ExpressApp, options?: { logLevel?: string }): Promise<void>;
  registerLocalGit(app: ExpressApp, options?: { logLevel?: string }): Promise<void>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const decapServerPackage = require.resolve('decap-server/package.json');
/** decap-server's own express (its dependency), so the middleware runs where it was written for. */
const express = createRequire(decapServerPackage)('express') as ExpressModule;
const middlewares = require('decap-server/dist/middlewares.js') as DecapMiddlewares;

/** What the content gate says about an entry or a media file Decap wants to write. */
export interface GateVerdict {
  /** One line per problem, as `npm run check` prints it. */
  problems: string[];
}

export interface CmsBackendOptions {
  /** The folder decap-server reads and writes: the project, or (git mode) a clone of it. */
  repo: string;
  /** `fs`: files written as they are (simple publishing); `git`: commits, drafts on branches. */
  mode: 'fs' | 'git';
  /** The port the local server listens on: only its own origin is served. */
  port: () => number;
  /** Git mode: the branch the CMS publishes to. */
  branch?: string;
  /** Checks an entry's file before it is written; problems refuse the write. */
  checkEntry?: (file: { path: string; raw: string; assets: string[] }) => GateVerdict | Promise<GateVerdict>;
  /** Checks a media file's bytes before it is written. */
  checkMedia?: (file: { path: string; bytes: Buffer }) => GateVerdict | Promise<GateVerdict>;
  /** Git mode: rewrites the commit message of a request (Decap's templates cannot name fields). */
  commitMessage?: (body: DecapRequest, repo: string) => string | undefined | Promise<string | undefined>;
  /** Told after a request that changed the repository succeeded (git mode: to bring content over). */
  afterWrite?: (body: DecapRequest) => void;
  logLevel?: string;
}

export interface DecapRequest {
  action: string;
  params: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const WRITES = new Set([
  'persistEntry',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'publishUnpublishedEntry',
  'deleteUnpublishedEntry',
  'updateUnpublishedEntryStatus',
]);

function refuse(res: ServerResponse, status: number, error: string, problems?: string[]): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ error, ...(problems ? { problems } : {}) }));
}

/** The headers the guard reads, from a Node request. */
export function requestHeaders(req: IncomingMessage) {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return {
    host: one(req.headers.host),
    origin: one(req.headers.origin),
    secFetchSite: one(req.headers['sec-fetch-site']),
  };
}

/** Host and origin checks of any API request of the local server; answers 403 itself. */
export function guardRequest(req: IncomingMessage, res: ServerResponse, port: number): boolean {
  const headers = requestHeaders(req);
  const refusal: Refusal | undefined = checkHost(headers, port) ?? checkOrigin(headers, port);
  if (refusal) refuse(res, 403, refusalText(refusal));
  return !refusal;
}

/** Entry files and media a request would write, with their content. */
function writtenFiles(body: DecapRequest): {
  entries: { path: string; raw: string }[];
  media: { path: string; bytes: Buffer }[];
} {
  const p = body.params ?? {};
  if (body.action === 'persistEntry') {
    const files = (p['dataFiles'] ?? [p['entry']]) as { path: string; newPath?: string; raw: string }[];
    return {
      entries: files.map((f) => ({ path: f.newPath ?? f.path, raw: f.raw })),
      media: ((p['assets'] ?? []) as { path: string; content: string; encoding: BufferEncoding }[]).map((a) => ({
        path: a.path,
        bytes: Buffer.from(a.content, a.encoding),
      })),
    };
  }
  if (body.action === 'persistMedia') {
    const a = p['asset'] as { path: string; content: string; encoding: BufferEncoding };
    return { entries: [], media: [{ path: a.path, bytes: Buffer.from(a.content, a.encoding) }] };
  }
  return { entries: [], media: [] };
}

/** An express app answering decap-server's API at `/api/v1`, guarded. */
export async function createCmsBackend(options: CmsBackendOptions): Promise<ExpressApp> {
  const app = express();
  app.use((req: IncomingMessage, res: ServerResponse, next) => {
    if (guardRequest(req, res, options.port())) next();
  });
  // Parsed here so the guard reads the body; decap-server's own parser then sees it is done.
  app.use(express.json({ limit: '50mb' }));
  const checkWrite = async (req: IncomingMessage & { body: DecapRequest }, res: ServerResponse, next: () => void) => {
    try {
      const refusal = checkAction(req.body, options.branch !== undefined ? { branch: options.branch } : {});
      if (refusal) return refuse(res, 403, refusalText(refusal));
      const { entries, media } = writtenFiles(req.body);
      const problems: string[] = [];
      // Media uploaded with the entry are not on disk yet: the gate counts them as present.
      const assets = media.map((m) => m.path);
      for (const entry of entries)
        if (options.checkEntry) problems.push(...(await options.checkEntry({ ...entry, assets })).problems);
      for (const file of media) if (options.checkMedia) problems.push(...(await options.checkMedia(file)).problems);
      if (problems.length > 0) return refuse(res, 422, problems.join('\n'), problems);
      const message = await options.commitMessage?.(req.body, options.repo);
      if (message && req.body.params?.['options']) req.body.params['options']['commitMessage'] = message;
      if (WRITES.has(req.body.action) && options.afterWrite) {
        const body = req.body;
        res.once('finish', () => {
          if (res.statusCode < 300) options.afterWrite!(body);
        });
      }
      next();
    } catch (error) {
      refuse(res, 500, `Lỗi máy chủ / server error: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // Every failure is answered inside (500), so the promise Express ignores never rejects.
  app.use(
    (req: IncomingMessage & { body: DecapRequest }, res: ServerResponse, next) => void checkWrite(req, res, next),
  );
  // decap-server reads its repository from the environment when it registers, synchronously.
  const previous = process.env['GIT_REPO_DIRECTORY'];
  process.env['GIT_REPO_DIRECTORY'] = options.repo;
  const registered = (options.mode === 'git' ? middlewares.registerLocalGit : middlewares.registerLocalFs)(app, {
    logLevel: options.logLevel ?? 'warn',
  });
  if (previous === undefined) delete process.env['GIT_REPO_DIRECTORY'];
  else process.env['GIT_REPO_DIRECTORY'] = previous;
  await registered;
  return app;
}
