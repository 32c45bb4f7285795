/** The mark as the site's icon, from the one drawing in src/brand/mark.ts. */
import { markSvg } from '../brand/mark.ts';

export function GET(): Response {
  return new Response(markSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
}
