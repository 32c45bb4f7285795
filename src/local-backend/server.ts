/**
 * The one local server of `npm start` and of the CMS tests, on 127.0.0.1: the built site
 * (static-files.ts), the CMS's local backend at /api/v1 (cms-backend.ts, decap-server's own
 * middleware behind the guard and the content gate), the build status for the banner of /admin
 * and the content snapshot the form checks entries against, fresh from disk — all on the site's
 * own origin, so /admin needs no other origin in its policy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BUILD_STATUS_PATH, CONTENT_SNAPSHOT_PATH, LOCAL_BACKEND_PATH } from '../cms/local-api.ts';
import type { BuildStatus } from './build-status.ts';
import { createCmsBackend, guardRequest, type CmsBackendOptions } from './cms-backend.ts';
import type { ContentGate } from './entry-gate.ts';
import { checkHost, refusalText } from './guard.ts';
import { listenLocal, serveStatic, type StaticServer } from './static-files.ts';

export interface LocalServerOptions extends Omit<CmsBackendOptions, 'port' | 'checkEntry' | 'checkMedia'> {
  /** The content rules: every entry and media file written is checked; the form gets the snapshot. */
  gate?: ContentGate;
  /** The built site to serve, asked at each request (a rebuild swaps it). */
  dist: () => string;
  /** 0 picks a free port. */
  port?: number;
  buildStatus?: () => BuildStatus;
}

export interface LocalServer extends StaticServer {
  port: number;
}

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  let port = options.port ?? 0;
  const { gate } = options;
  const backend = await createCmsBackend({
    ...options,
    port: () => port,
    ...(gate ? { checkEntry: gate.checkEntry, checkMedia: gate.checkMedia } : {}),
  });
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // DNS rebinding: a foreign name resolving to 127.0.0.1 gets nothing at all, pages included.
    const host = checkHost({ host: req.headers.host }, port);
    if (host) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end(refusalText(host));
      return;
    }
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === LOCAL_BACKEND_PATH) {
      backend(req, res);
      return;
    }
    if (path === BUILD_STATUS_PATH) {
      if (!guardRequest(req, res, port)) return;
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(options.buildStatus?.() ?? { state: 'ok', problems: [], blocking: [] }));
      return;
    }
    if (path === CONTENT_SNAPSHOT_PATH && gate) {
      if (!guardRequest(req, res, port)) return;
      gate.snapshot().then(
        (snapshot) => {
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(JSON.stringify(snapshot));
        },
        (error: unknown) => {
          res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ error: String(error) }));
        },
      );
      return;
    }
    void serveStatic(req, res, options.dist);
  };
  const server = await listenLocal(handle, port);
  port = (server.server.address() as AddressInfo).port;
  return { ...server, port };
}
