/**
 * No broken internal link anywhere: every href, src, srcset and form action of every built page
 * that points into the site resolves to a file of the built site, and every #fragment to an id
 * on the target page (the plan's section and content anchors included). Absolute URLs on the
 * site's own origin (canonical, og:image, RSS) count as internal; other origins are ignored.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { SITE_URL } from '../../src/site.ts';
import { DIST } from '../support/paths.ts';
import { htmlFiles, PLAN_ID, routeOf } from '../support/site-files.ts';

const ATTRIBUTES = ['href', 'src', 'action', 'poster', 'content'] as const;
const SITE_ORIGIN = new URL(SITE_URL).origin;

interface Reference {
  page: string;
  url: URL;
}

function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The built file a site path is served from, as the static host resolves it, or undefined. */
async function fileFor(pathname: string): Promise<string | undefined> {
  const path = decodeURIComponent(pathname);
  const candidates = path.endsWith('/')
    ? [join(DIST, path, 'index.html')]
    : [join(DIST, path), join(DIST, path, 'index.html')];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return undefined;
}

/** Every internal URL a page refers to. `content` only counts on og:/twitter: URL metadata. */
function referencesOf($: cheerio.CheerioAPI, page: string): Reference[] {
  const base = new URL(routeOf(page), SITE_ORIGIN);
  const raw: string[] = [];
  for (const attribute of ATTRIBUTES) {
    $(`[${attribute}]`).each((_, el) => {
      const value = $(el).attr(attribute)!.trim();
      if (
        attribute === 'content' &&
        !/^(og:(url|image)|twitter:image)/.test($(el).attr('property') ?? $(el).attr('name') ?? '')
      )
        return;
      raw.push(value);
    });
  }
  $('[srcset]').each((_, el) => {
    for (const candidate of $(el).attr('srcset')!.split(',')) raw.push(candidate.trim().split(/\s+/)[0]!);
  });
  const references: Reference[] = [];
  for (const value of raw) {
    if (!value || /^(mailto|tel|data|javascript):/i.test(value)) continue;
    const url = new URL(value, base);
    if (url.origin === SITE_ORIGIN) references.push({ page, url });
  }
  return references;
}

describe('internal links of the whole built site', () => {
  let files: string[] = [];
  const ids = new Map<string, Set<string>>();

  async function idsOf(file: string): Promise<Set<string>> {
    let set = ids.get(file);
    if (!set) {
      const $ = cheerio.load(await readFile(file, 'utf8'));
      set = new Set<string>();
      $('[id]').each((_, el) => void set!.add($(el).attr('id')!));
      $('a[name]').each((_, el) => void set!.add($(el).attr('name')!));
      ids.set(file, set);
    }
    return set;
  }

  beforeAll(async () => {
    files = await htmlFiles();
  });

  it('every internal href/src/#fragment resolves to a built file and an id on it', async () => {
    const broken: string[] = [];
    let checked = 0;
    let fragments = 0;
    const targets = new Set<string>();
    for (const page of files) {
      const $ = cheerio.load(await readFile(join(DIST, page), 'utf8'));
      for (const { url } of referencesOf($, page)) {
        checked++;
        targets.add(url.pathname);
        const file = await fileFor(url.pathname);
        if (!file) {
          broken.push(`${routeOf(page)} → ${url.pathname}${url.hash}: no such file in the build`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fragment || !file.endsWith('.html')) continue;
        fragments++;
        if (!(await idsOf(file)).has(fragment))
          broken.push(`${routeOf(page)} → ${url.pathname}#${fragment}: no element with that id`);
      }
    }
    console.info(
      `links: ${checked} internal references (${fragments} with a #fragment, ${targets.size} distinct targets) in ${files.length} pages`,
    );
    expect(broken, broken.join('\n')).toEqual([]);
    expect(checked).toBeGreaterThan(files.length);
    // Achievements point at the plan's contents by anchor: fragments must be among what was checked.
    expect(fragments).toBeGreaterThan(0);
  });

  it('the plan page links every section and each of the six contents by anchor', async () => {
    const $ = cheerio.load(await readFile(join(DIST, routes.campaign(PLAN_ID), 'index.html'), 'utf8'));
    const ownAnchors = $('a[href^="#"]')
      .map((_, el) => $(el).attr('href')!.slice(1))
      .get();
    const contentAnchors = ownAnchors.filter((a) => a.startsWith('noi-dung-'));
    expect(new Set(contentAnchors).size).toBeGreaterThanOrEqual(6);
    for (const anchor of ownAnchors) expect($(`[id="${anchor}"]`).length, `#${anchor}`).toBe(1);
  });
});
