/** Serves a built site on 127.0.0.1 for browser tests, as the deploy hosts serve it. */
import { startStaticServer, type StaticServer } from '../../src/local-backend/static-files.ts';
import { DIST } from './paths.ts';

export function serveSite(dist = DIST): Promise<StaticServer> {
  return startStaticServer(() => dist);
}
