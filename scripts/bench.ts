/**
 * `npm run bench -- --achievements 10000 --news 1000 [--runs 3] [--seed N] [--keep] [--no-search] [--no-warm] [--profile]`
 * The benchmark and its floor (src/bench/run.ts); README, "Scale".
 */
import { parseArgs } from 'node:util';
import { runBench } from '../src/bench/run.ts';

const { values: args } = parseArgs({
  options: {
    achievements: { type: 'string', default: '1000' },
    news: { type: 'string', default: '' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '20220615' },
    keep: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'no-warm': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const achievements = Number(args.achievements);
await runBench({
  achievements,
  news: args.news === '' ? Math.round(achievements / 10) : Number(args.news),
  runs: Math.max(1, Number(args.runs)),
  seed: Number(args.seed),
  keep: args.keep,
  search: !args['no-search'],
  warm: !args['no-warm'],
  profile: args.profile,
});
