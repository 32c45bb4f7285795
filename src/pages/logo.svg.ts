/** The mark with the site's name, for the CMS login page and header (src/cms/config.ts `logo`). */
import { wordmarkSvg } from '../brand/mark.ts';

export function GET(): Response {
  return new Response(wordmarkSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
}
