/**
 * The routes the local server of `npm start` answers besides the site (src/local-backend/server.ts),
 * on the site's own origin. Browser-safe: /admin reads them too.
 */
/** Decap's local backend API (decap-server's middleware behind the guard). */
export const LOCAL_BACKEND_PATH = '/api/v1';
/** Whether the site served is up to date with content/ (banner of /admin). */
export const BUILD_STATUS_PATH = '/api/thidua/build-status';
/**
 * What the CMS form checks an entry against (src/cms/admin/form-gate.ts): built into the site
 * as a static file, and answered fresh from content/ by the local server of `npm start`.
 */
export const CONTENT_SNAPSHOT_PATH = '/admin/content-snapshot.json';
