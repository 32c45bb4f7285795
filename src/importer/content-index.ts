/**
 * What the importer needs to know of the existing content: units and campaigns to resolve names
 * against, and the achievements already recorded (never overwritten; found again on a re-run).
 * Read straight from the files, as the build reads them, without Astro.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import YAML from 'yaml';
import { isoDate } from '../lib/dates.ts';

export interface UnitRef {
  id: string;
  name: string;
  shortName?: string;
  validFrom?: string;
  validUntil?: string;
}

export interface CampaignRef {
  id: string;
  title: string;
  documentNumber: string;
  issuedOn: string;
  contents: { id: string; title: string }[];
}

export interface ExistingAchievement {
  id: string;
  file: string;
  recipient: string;
  decisionNumber: string;
  decisionDate: string;
  authority: string;
}

export interface ContentIndex {
  dir: string;
  units: UnitRef[];
  campaigns: CampaignRef[];
  achievements: ExistingAchievement[];
}

/** The YAML front matter of an MDX file (between the leading `---` lines). */
export function frontMatter(text: string): Record<string, unknown> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return m ? (YAML.parse(m[1]!) ?? {}) : {};
}

async function filesOf(dir: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(ext)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Dates as written: YAML 1.2 keeps `2023-12-28` a string; a quoted or Date value is tolerated. */
const text = (v: unknown): string => (v instanceof Date ? isoDate(v) : v === undefined || v === null ? '' : String(v));

export async function loadContentIndex(dir: string): Promise<ContentIndex> {
  const units: UnitRef[] = [];
  for (const f of await filesOf(join(dir, 'units'), '.yml')) {
    const d = YAML.parse(await readFile(join(dir, 'units', f), 'utf8')) ?? {};
    units.push({ id: f.slice(0, -4), name: text(d.name), shortName: d.shortName ? text(d.shortName) : undefined, validFrom: d.validFrom ? text(d.validFrom) : undefined, validUntil: d.validUntil ? text(d.validUntil) : undefined });
  }
  const campaigns: CampaignRef[] = [];
  for (const f of await filesOf(join(dir, 'campaigns'), '.mdx')) {
    const d = frontMatter(await readFile(join(dir, 'campaigns', f), 'utf8'));
    const contents = Array.isArray(d['contents']) ? (d['contents'] as { id: unknown; title: unknown }[]).map((c) => ({ id: text(c.id), title: text(c.title) })) : [];
    campaigns.push({ id: f.slice(0, -4), title: text(d['title']), documentNumber: text(d['documentNumber']), issuedOn: text(d['issuedOn']), contents });
  }
  const achievements: ExistingAchievement[] = [];
  for (const f of await filesOf(join(dir, 'achievements'), '.mdx')) {
    const file = join(dir, 'achievements', f);
    const d = frontMatter(await readFile(file, 'utf8'));
    achievements.push({
      id: f.slice(0, -4),
      file,
      recipient: text(d['recipient']),
      decisionNumber: text(d['decisionNumber']),
      decisionDate: text(d['decisionDate']),
      authority: text(d['authority']),
    });
  }
  return { dir, units, campaigns, achievements };
}
