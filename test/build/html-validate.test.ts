/**
 * Every built .html file is valid HTML by html-validate's recommended rules, with the project's
 * `.htmlvalidate.json`. JSON has no comments, so the two relaxations are explained here:
 * - `long-title` off: titles are the full official names editors write (units such as "Trung tâm
 *   Xúc tiến đầu tư và Hỗ trợ doanh nghiệp", award forms, article headlines) plus the site name;
 *   cutting them to 70 characters would lose the name, and search engines truncate on display.
 * - `valid-id` relaxed (HTML5 rules only): heading anchors are slugs of numbered headings
 *   ("1. Mục đích" → `1-muc-dich`); an id may start with a digit in HTML5, and the anchors are
 *   stable links into the plan that must not change.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../support/paths.ts';
import { htmlFiles } from '../support/site-files.ts';

describe('html-validate over the whole built site', () => {
  let files: string[] = [];
  let validator: HtmlValidate;

  beforeAll(async () => {
    files = await htmlFiles();
    const config = JSON.parse(await readFile(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    validator = new HtmlValidate(config);
  });

  it('validates every built .html file with 0 errors', async () => {
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(await readFile(join(DIST, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity === 2)
            problems.push(`${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message} (${m.selector ?? ''})`);
        }
      }
    }
    console.info(`html-validate: ${files.length} html files validated`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
