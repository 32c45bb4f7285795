/** The static server moved to src/local-backend/static-files.ts; kept here for existing imports. */
export { parseHeadersFile, startStaticServer, type HeaderRule, type StaticServer } from '../../src/local-backend/static-files.ts';
