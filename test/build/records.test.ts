/**
 * Records («Quá trình khen thưởng») in the built fixture site, against the fixture content: every
 * person's record lists exactly their achievements, each in the table of its kind of award;
 * every achievement links to its record; the site-wide record files hold every row.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontMatterOf } from '../../src/content-model/entry-file.ts';
import { routes } from '../../src/lib/routes.ts';
import { recordTableOf } from '../../src/schema/vocabulary.ts';
import { loadPage, readPage } from '../support/html.ts';
import { FIXTURE_CONTENT } from '../support/paths.ts';

async function entries(collection: string, ext: string): Promise<{ id: string; data: Record<string, unknown> }[]> {
  const dir = join(FIXTURE_CONTENT, collection);
  const files = (await readdir(dir)).filter((f) => f.endsWith(ext));
  return Promise.all(
    files.map(async (f) => ({
      id: f.slice(0, -ext.length),
      data: frontMatterOf(
        ext === '.yml' ? `---\n${await readFile(join(dir, f), 'utf8')}---\n` : await readFile(join(dir, f), 'utf8'),
        f,
      ),
    })),
  );
}

describe('records of people', () => {
  it('list exactly each person’s achievements, titles and forms in their own tables', async () => {
    const people = await entries('people', '.yml');
    const achievements = await entries('achievements', '.mdx');
    expect(people.length).toBeGreaterThanOrEqual(10);
    for (const person of people) {
      const $ = await loadPage(routes.person(person.id));
      const theirs = achievements.filter((a) => a.data['person'] === person.id);
      const linked = (table: string) =>
        $(`#bang-${table} ~ table tbody tr td:nth-child(2) a`)
          .map((_, a) => $(a).attr('href'))
          .get()
          .sort();
      const expected = (table: string) =>
        theirs
          .filter((a) => recordTableOf(String(a.data['award'])) === table)
          .map((a) => routes.achievement(a.id))
          .sort();
      expect(linked('danh-hieu'), person.id).toEqual(expected('danh-hieu'));
      expect(linked('hinh-thuc'), person.id).toEqual(expected('hinh-thuc'));
    }
  });

  it('are linked from every individual’s achievement; a collective’s links its unit’s record', async () => {
    for (const a of await entries('achievements', '.mdx')) {
      const $ = await loadPage(routes.achievement(a.id));
      const person = a.data['person'] as string | undefined;
      const target = person ? routes.person(person) : routes.unitRecord(a.data['unit'] as string);
      expect($(`a[href="${target}"]`).length, a.id).toBeGreaterThan(0);
    }
  });

  it('are all in /du-lieu/qua-trinh-khen-thuong.csv and .json', async () => {
    const json = JSON.parse(await readPage(routes.recordsJson)) as {
      count: number;
      records: { holderKind: string; achievementId: string }[];
    };
    const individual = (await entries('achievements', '.mdx')).filter((a) => a.data['person']);
    const personRows = json.records.filter((r) => r.holderKind === 'ca-nhan');
    expect(personRows.map((r) => r.achievementId).sort()).toEqual(individual.map((a) => a.id).sort());
    const csv = await readPage(routes.recordsCsv);
    expect(csv.trim().split('\r\n')).toHaveLength(json.count + 1);
  });
});
