/**
 * Whether two built sites are the same, file for file and byte for byte: the site `npm start`
 * serves after rebuilds must be exactly what a cold build of the same content gives
 * (bench:publish checks it after its publications).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

async function filesUnder(root: string, dir = root): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(root, path)));
    else files.push(relative(root, path));
  }
  return files;
}

export interface SiteDifference {
  onlyInA: string[];
  onlyInB: string[];
  differ: string[];
}

export async function compareSites(a: string, b: string): Promise<SiteDifference> {
  const [inA, inB] = await Promise.all([filesUnder(a), filesUnder(b)]);
  const setB = new Set(inB);
  const setA = new Set(inA);
  const differ: string[] = [];
  for (const file of inA) {
    if (!setB.has(file)) continue;
    const [x, y] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))]);
    if (!x.equals(y)) differ.push(file);
  }
  return {
    onlyInA: inA.filter((f) => !setB.has(f)).sort(),
    onlyInB: inB.filter((f) => !setA.has(f)).sort(),
    differ: differ.sort(),
  };
}
