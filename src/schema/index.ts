/** Every collection of the content model, in the order editors see them. */
import { achievements } from './achievements.ts';
import { campaigns } from './campaigns.ts';
import type { CollectionSpec } from './field.ts';
import { news } from './news.ts';
import { people } from './people.ts';
import { units } from './units.ts';

export { achievements, campaigns, news, people, units };
export const COLLECTIONS: readonly CollectionSpec[] = [news, achievements, people, campaigns, units];
