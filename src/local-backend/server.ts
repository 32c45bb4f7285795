/**
 * The one local server of `npm start` and of the CMS tests, on 127.0.0.1: the built site
 * (static-files.ts), the CMS's local backend at /api/v1 (cms-backend.ts, decap-server's own
 * middleware behind the guard) and the build status at /api/thidua/build-status, all on the
 * site's own origin so /admin needs no other origin in its policy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BUILD_STATUS_PATH, LOCAL_BACKEND_PATH } from '../cms/local-api.ts';
import type { BuildStatus } from './build-status.ts';
import { createCmsBackend, guardRequest, type CmsBackendOptions } from './cms-backend.ts';
import { checkHost, refusalText } from './guard.ts';
import { listenLocal, serveStatic, type StaticServer } from './static-files.ts';

export interface LocalServerOptions extends Omit<CmsBackendOptions, 'port'> {
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
  const backend = await createCmsBackend({ ...options, port: () => port });
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
    void serveStatic(req, res, options.dist);
  };
  const server = await listenLocal(handle, port);
  port = (server.server.address() as AddressInfo).port;
  return { ...server, port };
}
