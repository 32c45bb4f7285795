/**
 * The structure assistive technology relies on, in every built page: language, a skip link that
 * is the first focusable element and leads to <main>, the landmarks (banner, navigation, main,
 * contentinfo), exactly one h1, and heading levels that never skip (h2 → h4). No exception to
 * the heading rule is needed today; a page that needs one must be named here with its reason.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { htmlFiles, routeOf } from '../support/site-files.ts';

const FOCUSABLE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

describe('page structure of every built page', () => {
  const pages = new Map<string, cheerio.CheerioAPI>();

  beforeAll(async () => {
    // The CMS page is Decap's application shell, not a page of the public site.
    for (const file of (await htmlFiles()).filter((f) => !f.startsWith('admin/'))) {
      pages.set(routeOf(file), cheerio.load(await readFile(join(DIST, file), 'utf8')));
    }
    expect(pages.size).toBeGreaterThan(10);
  });

  /** Runs `check` on every page and fails once, listing every page that broke it. */
  function everyPage(check: ($: cheerio.CheerioAPI) => string | undefined) {
    const failures: string[] = [];
    for (const [route, $] of pages) {
      const problem = check($);
      if (problem) failures.push(`${route}: ${problem}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }

  it('is in Vietnamese', () => {
    everyPage(($) => ($('html').attr('lang') === 'vi' ? undefined : `lang="${$('html').attr('lang')}"`));
  });

  it('starts with a skip link that is the first focusable element and targets <main>', () => {
    everyPage(($) => {
      const first = $('body').find(FOCUSABLE).first();
      if (!first.hasClass('skip-link'))
        return `first focusable element is <${first.prop('tagName')?.toLowerCase()} class="${first.attr('class') ?? ''}">`;
      const target = first.attr('href')?.slice(1);
      if (!target || $('main').attr('id') !== target)
        return `skip link targets #${target}, main is #${$('main').attr('id')}`;
      if ($('main').attr('tabindex') !== '-1')
        return '<main> cannot take focus from the skip link (tabindex="-1" missing)';
      return undefined;
    });
  });

  it('has the landmarks: one header, a named navigation, one main, one footer outside main', () => {
    everyPage(($) => {
      if ($('body > header').length !== 1) return `${$('body > header').length} top-level <header>`;
      if ($('body > main').length !== 1 || $('main').length !== 1) return `${$('main').length} <main>`;
      if ($('body > footer').length !== 1) return `${$('body > footer').length} top-level <footer>`;
      const navs = $('nav');
      if (navs.length === 0) return 'no <nav>';
      const unnamed = navs.filter((_, n) => !$(n).attr('aria-label') && !$(n).attr('aria-labelledby'));
      if (navs.length > 1 && unnamed.length > 0) return `${unnamed.length} of ${navs.length} <nav> without a name`;
      return undefined;
    });
  });

  it('has exactly one h1, the first heading', () => {
    everyPage(($) => {
      const headings = $('h1, h2, h3, h4, h5, h6');
      const h1 = $('h1').length;
      if (h1 !== 1) return `${h1} h1 elements`;
      if (headings.first().prop('tagName')?.toLowerCase() !== 'h1')
        return `first heading is ${headings.first().prop('tagName')}`;
      return undefined;
    });
  });

  it('never skips a heading level', () => {
    everyPage(($) => {
      const levels = $('h1, h2, h3, h4, h5, h6')
        .map((_, h) => Number(h.tagName[1]))
        .get();
      for (let i = 1; i < levels.length; i++) {
        if (levels[i]! > levels[i - 1]! + 1) {
          return `h${levels[i - 1]} → h${levels[i]} at "${$('h1, h2, h3, h4, h5, h6').eq(i).text().trim().slice(0, 60)}"`;
        }
      }
      return undefined;
    });
  });

  it('names every form control, button and link (the part axe sees only on rendered pages)', () => {
    everyPage(($) => {
      const unnamed: string[] = [];
      $('input:not([type="hidden"]), select, textarea').each((_, el) => {
        const id = $(el).attr('id');
        const labelled =
          (id && $(`label[for="${id}"]`).length > 0) ||
          $(el).closest('label').length > 0 ||
          $(el).attr('aria-label') ||
          $(el).attr('aria-labelledby');
        if (!labelled) unnamed.push(`<${el.tagName} name="${$(el).attr('name') ?? ''}">`);
      });
      $('a[href], button').each((_, el) => {
        const name =
          $(el).text().trim() ||
          $(el).attr('aria-label') ||
          $(el).find('img[alt]').attr('alt')?.trim() ||
          $(el).attr('title');
        if (!name) unnamed.push(`<${el.tagName} href="${$(el).attr('href') ?? ''}">`);
      });
      return unnamed.length ? `unnamed: ${unnamed.join(', ')}` : undefined;
    });
  });
});
