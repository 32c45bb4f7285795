/**
 * `npm run check`: validates every file under content/ and prints one line per problem
 * (Vietnamese / English). Exits 1 when there is any problem, so CI and editors' hooks stop.
 */
import { fileURLToPath } from 'node:url';
import { validateContent } from '../src/content-model/content.ts';
import { formatReport } from '../src/content-model/problem.ts';

const root = process.argv[2] ?? fileURLToPath(new URL('../', import.meta.url));
const started = performance.now();
const { problems, counts } = await validateContent({ root });
const total = Object.values(counts).reduce((a, b) => a + b, 0);
const ms = Math.round(performance.now() - started);

if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(
    `Nội dung hợp lệ: ${total} mục (${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}), ${ms} ms / Content is valid.`,
  );
}
