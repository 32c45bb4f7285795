/**
 * Every cross-entry rule family, run by every door. To add a family: write
 * `rules/<family>.ts` exporting `rules: Rule[]` (each a named function of a `RuleContext`),
 * and add it to the list below.
 */
import { rules as achievements } from './achievements.ts';
import { rules as campaigns } from './campaigns.ts';
import type { Rule } from './context.ts';
import { rules as decisions } from './decisions.ts';
import { rules as links } from './links.ts';
import { rules as news } from './news.ts';
import { rules as numbers } from './numbers.ts';
import { rules as people } from './people.ts';
import { rules as references } from './references.ts';
import { rules as units } from './units.ts';

export const RULE_FAMILIES: readonly (readonly Rule[])[] = [
  references,
  achievements,
  news,
  campaigns,
  units,
  people,
  decisions,
  numbers,
  links,
];

export type { Rule, RuleContext } from './context.ts';
