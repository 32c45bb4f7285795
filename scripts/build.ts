/** `npm run build [-- --outDir <dir>]`: the site and its search index (scripts/lib/build.ts). */
import { parseArgs } from 'node:util';
import { astroBuild } from './lib/build.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
const result = await astroBuild({ outDir: values.outDir });
process.exit(result.code);
