/** `npm run build [-- --outDir <dir>]`: the site and its search index (src/build/run-build.ts). */
import { parseArgs } from 'node:util';
import { astroBuild } from '../src/build/run-build.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
const result = await astroBuild({ outDir: values.outDir });
process.exit(result.code);
