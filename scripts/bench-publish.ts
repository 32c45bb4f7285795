/**
 * `npm run bench:publish -- [--mode simple|workflow|both] [--achievements N] [--runs 5] [--keep] [--no-verify]`
 * Publish latency of `npm start`, «Công bố» → page served (src/bench/publish.ts); README,
 * "Publish latency". Afterwards each mode's served site is compared with a cold build of the same
 * content (`--no-verify` skips it). Heavy at N = 10,000: run it under `nice -n 10`.
 */
import { parseArgs } from 'node:util';
import { runPublishBench, type PublishMode } from '../src/bench/publish.ts';

const { values: args } = parseArgs({
  options: {
    mode: { type: 'string', default: 'both' },
    achievements: { type: 'string', default: '0' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    'no-verify': { type: 'boolean', default: false },
  },
});
const modes: PublishMode[] = args.mode === 'both' ? ['simple', 'workflow'] : [args.mode as PublishMode];
await runPublishBench({
  modes,
  achievements: Number(args.achievements),
  runs: Math.max(1, Number(args.runs)),
  keep: args.keep,
  verify: !args['no-verify'],
});
