/**
 * `npm run check:without-samples`: shows that the site needs none of its illustrative entries,
 * so editors can delete every one of them before going live. In a throwaway copy of the project
 * (.test-work/without-samples-*), every content file marked `sample: true` is deleted, then the
 * copy is validated (as `npm run check`) and built (as `npm run build`). The repository's
 * content/ is never touched. Exits 1 if either step fails. Run by .ci/run.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { validateContent } from '../src/content-model/content.ts';
import { formatReport } from '../src/content-model/problem.ts';
import { astroBuild, PROJECT_ROOT } from '../src/build/run-build.ts';
import { copyProjectInto } from '../src/build/project-copy.ts';

/** The front matter of an .mdx file, or the whole of a .yml file. */
function dataPart(file: string, text: string): string {
  if (file.endsWith('.yml')) return text;
  return text.split(/^---\s*$/m)[1] ?? '';
}

const copy = await copyProjectInto(join(PROJECT_ROOT, '.test-work'), 'without-samples');
try {
  const content = join(copy.dir, 'content');
  const files = (await readdir(content, { recursive: true })).filter((f) => f.endsWith('.mdx') || f.endsWith('.yml'));
  const samples: string[] = [];
  for (const file of files) {
    if (/^sample:\s*true\s*$/m.test(dataPart(file, await readFile(join(content, file), 'utf8')))) samples.push(file);
  }
  for (const file of samples) await rm(join(content, file));
  console.log(`Deleted ${samples.length} of ${files.length} entries marked sample: true from a copy of content/.`);

  const { problems } = await validateContent({ root: copy.dir });
  if (problems.length > 0) {
    console.error(formatReport(problems).replaceAll(`${copy.dir}/`, ''));
    process.exitCode = 1;
  } else {
    console.log('Without them the content is valid; building …');
    const build = await astroBuild({ root: copy.dir, outDir: join(copy.dir, 'dist'), quiet: true });
    if (build.code !== 0) {
      console.error(build.output.slice(-4000));
      process.exitCode = 1;
    } else {
      console.log(`… and builds (${Math.round(build.ms / 1000)} s): the site does not depend on its samples.`);
    }
  }
  if (process.exitCode === 1) console.error(`Failed in ${relative(PROJECT_ROOT, copy.dir)} (kept for a look).`);
} finally {
  if (process.exitCode !== 1) await copy.remove();
}
