/**
 * What the importer needs to know of the existing content: units and campaigns to resolve names
 * against, and the achievements already recorded (never overwritten; found again on a re-run).
 * Read straight from the files, as the build reads them, without Astro.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEntryFile } from '../content-model/entry-file.ts';
import { isoDate } from '../lib/dates.ts';
import {
  achievements as achievementSpec,
  campaigns as campaignSpec,
  people as peopleSpec,
  units as unitSpec,
} from '../schema/index.ts';

export interface UnitRef {
  id: string;
  name: string;
  shortName?: string;
  validFrom?: string;
  validUntil?: string;
  /** The unit it was renamed or merged into. */
  successor?: string;
}

export interface CampaignRef {
  id: string;
  title: string;
  documentNumber: string;
  issuedOn: string;
  contents: { id: string; title: string }[];
}

/** A person of content/people/ (individual recipients), to resolve a row's name against. */
export interface PersonRef {
  id: string;
  name: string;
  unit: string;
  position?: string;
}

export interface ExistingAchievement {
  id: string;
  file: string;
  recipient: string;
  decisionNumber: string;
  decisionDate: string;
  authority: string;
  /** The person of an individual's achievement (content/people/), if any. */
  person?: string;
  unit: string;
  award: string;
}

export interface ContentIndex {
  dir: string;
  units: UnitRef[];
  campaigns: CampaignRef[];
  people: PersonRef[];
  achievements: ExistingAchievement[];
}

/** The data of an entry file, read by the content model's one reader ({} when unreadable). */
function dataOf(spec: Parameters<typeof parseEntryFile>[0], file: string, text: string): Record<string, unknown> {
  const read = parseEntryFile(spec, file, text);
  return read.ok ? read.entry.data : {};
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
const text = (v: unknown): string =>
  v instanceof Date
    ? isoDate(v)
    : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : '';

export async function loadContentIndex(dir: string): Promise<ContentIndex> {
  const units: UnitRef[] = [];
  for (const f of await filesOf(join(dir, 'units'), '.yml')) {
    const d = dataOf(unitSpec, f, await readFile(join(dir, 'units', f), 'utf8')) as Record<string, unknown>;
    units.push({
      id: f.slice(0, -4),
      name: text(d['name']),
      shortName: d['shortName'] ? text(d['shortName']) : undefined,
      validFrom: d['validFrom'] ? text(d['validFrom']) : undefined,
      validUntil: d['validUntil'] ? text(d['validUntil']) : undefined,
      ...(d['successor'] ? { successor: text(d['successor']) } : {}),
    });
  }
  const campaigns: CampaignRef[] = [];
  for (const f of await filesOf(join(dir, 'campaigns'), '.mdx')) {
    const d = dataOf(campaignSpec, f, await readFile(join(dir, 'campaigns', f), 'utf8'));
    const contents = Array.isArray(d['contents'])
      ? (d['contents'] as { id: unknown; title: unknown }[]).map((c) => ({ id: text(c.id), title: text(c.title) }))
      : [];
    campaigns.push({
      id: f.slice(0, -4),
      title: text(d['title']),
      documentNumber: text(d['documentNumber']),
      issuedOn: text(d['issuedOn']),
      contents,
    });
  }
  const people: PersonRef[] = [];
  for (const f of await filesOf(join(dir, 'people'), '.yml')) {
    const d = dataOf(peopleSpec, f, await readFile(join(dir, 'people', f), 'utf8'));
    people.push({
      id: f.slice(0, -4),
      name: text(d['name']),
      unit: text(d['unit']),
      ...(d['position'] ? { position: text(d['position']) } : {}),
    });
  }
  const achievements: ExistingAchievement[] = [];
  for (const f of await filesOf(join(dir, 'achievements'), '.mdx')) {
    const file = join(dir, 'achievements', f);
    const d = dataOf(achievementSpec, f, await readFile(file, 'utf8'));
    achievements.push({
      id: f.slice(0, -4),
      file,
      recipient: text(d['recipient']),
      decisionNumber: text(d['decisionNumber']),
      decisionDate: text(d['decisionDate']),
      authority: text(d['authority']),
      ...(d['person'] ? { person: text(d['person']) } : {}),
      unit: text(d['unit']),
      award: text(d['award']),
    });
  }
  return { dir, units, campaigns, people, achievements };
}
