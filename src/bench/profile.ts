/**
 * Where a build's CPU time goes: reads the `.cpuprofile` files Node writes with `--cpu-prof`
 * and sums the self time of every sampled function by where its code lives (a package, a
 * folder of the project, Node itself), and lists the heaviest functions.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalSeconds: number;
  byPlace: { place: string; seconds: number }[];
  topFunctions: { name: string; place: string; seconds: number }[];
}

/** "astro", "@astrojs/mdx", "src/loaders", "node:internal", "(garbage collector)"… */
export function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/(src\/[^/]+|scripts)\//.exec(url);
  if (src) return src[1]!;
  return 'other';
}

export function summariseProfile(profile: CpuProfile, file: string, top = 15): ProfileSummary {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++)
    self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, { name: string; place: string; us: number }>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const place = placeOf(url, functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    const key = `${functionName}@${url}:${lineNumber}`;
    const f = byFunction.get(key) ?? {
      name: `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`,
      place,
      us: 0,
    };
    f.us += us;
    byFunction.set(key, f);
  }
  return {
    file,
    totalSeconds: (profile.endTime - profile.startTime) / 1e6,
    byPlace: [...byPlace].map(([place, us]) => ({ place, seconds: us / 1e6 })).sort((a, b) => b.seconds - a.seconds),
    topFunctions: [...byFunction.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, place: f.place, seconds: f.us / 1e6 })),
  };
}

/** Summaries of every profile in a folder (one per Node process of the build). */
export async function summariseProfiles(dir: string): Promise<ProfileSummary[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort();
  return Promise.all(
    files.map(async (f) => summariseProfile(JSON.parse(await readFile(join(dir, f), 'utf8')) as CpuProfile, f)),
  );
}
