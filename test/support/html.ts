/** Reading pages of the built site in Node tests. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST } from './paths.ts';

/** The HTML of a route ("/thanh-tich/x/") in a built site. */
export async function readPage(route: string, dist = DIST): Promise<string> {
  const file = route.endsWith('/') ? join(dist, route, 'index.html') : join(dist, route);
  return readFile(file, 'utf8');
}

export async function loadPage(route: string, dist = DIST): Promise<cheerio.CheerioAPI> {
  return cheerio.load(await readPage(route, dist));
}
