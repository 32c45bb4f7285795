/**
 * Identity of people (content/people/) and of the achievements that name them:
 * - an individual's achievement names its person; a collective's names none;
 * - the name in the achievement is the person's name (one person, one name in the archive);
 * - one person is recorded once: two people whose names read the same (tones, case and spaces
 *   aside) must differ in something a reader sees — their unit or their position — or nobody
 *   can tell whose record is whose.
 * (One person honoured twice with one award in one decision is the decisions family's duplicate
 * recipient, keyed by the person: see `recipientKey`.)
 */
import { foldVietnamese } from '../../lib/fold.ts';
import { achievement, person } from '../fields.ts';
import { entriesOf, type Rule } from './context.ts';

export const individualsNamePerson: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'achievements')) {
    const kind = achievement.text(e, 'kind');
    const personId = achievement.text(e, 'person');
    if (kind === 'ca-nhan' && !personId && achievement.valid(e, 'person')) {
      ctx.report(
        e,
        'person',
        'thành tích cá nhân cần chọn «Cá nhân được khen» (người trong mục Cá nhân, content/people/); nếu người này chưa có, tạo mục Cá nhân trước (họ tên, đơn vị, chức vụ).',
        'an individual\'s achievement needs "person" (an entry of content/people/); create that person first if they are not there (name, unit, position).',
      );
    } else if (kind === 'tap-the' && personId) {
      ctx.report(
        e,
        'person',
        '«Cá nhân được khen» chỉ ghi với thành tích cá nhân; thành tích tập thể thì để trống trường này.',
        '"person" is for individuals only; leave it empty for a collective.',
      );
    }
  }
};

/**
 * The name as a reader sees it: invisible and broken characters are the text rules' to report
 * (with their own sentence), not a second problem here.
 */
const visible = (s: string) =>
  s
    .replace(/[\p{Cf}\uFFFD\uD800-\uDFFF]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

export const recipientIsPersonName: Rule = (ctx) => {
  const people = ctx.byId('people');
  for (const e of entriesOf(ctx, 'achievements')) {
    const personId = achievement.text(e, 'person');
    const recipient = achievement.text(e, 'recipient');
    const found = personId ? people.get(personId) : undefined;
    const name = found ? person.text(found, 'name') : undefined;
    if (achievement.text(e, 'kind') === 'ca-nhan' && recipient && name && visible(recipient) !== visible(name)) {
      ctx.report(
        e,
        'recipient',
        `họ tên «${recipient}» khác tên của cá nhân «${personId}» («${name}»); sửa cho giống hệt (kể cả dấu), hoặc chọn đúng người ở «Cá nhân được khen».`,
        `recipient "${recipient}" differs from the name of person "${personId}" ("${name}"); make them identical (tones included) or choose the right person.`,
      );
    }
  }
};

export const namesakesToldApart: Rule = (ctx) => {
  const seen = new Map<string, (typeof ctx.entries)[number]>();
  for (const p of entriesOf(ctx, 'people').sort(ctx.compare)) {
    const name = person.text(p, 'name');
    if (!name) continue;
    const key = [
      foldVietnamese(name),
      person.text(p, 'unit') ?? '',
      foldVietnamese(person.text(p, 'position') ?? ''),
    ].join('|');
    const other = seen.get(key);
    if (other) {
      ctx.report(
        p,
        'name',
        `«${name}» trùng họ tên, đơn vị và chức vụ với ${other.file}: người đọc không phân biệt được hai người. Nếu là cùng một người, giữ một tệp và chuyển các thành tích sang người đó; nếu là hai người, ghi đúng đơn vị hoặc chức vụ của từng người.`,
        `"${name}" has the same name, unit and position as ${other.file}, so readers cannot tell them apart. If it is one person, keep one file and point the achievements at it; if two, give each their own unit or position.`,
      );
    } else seen.set(key, p);
  }
};

export const rules: Rule[] = [individualsNamePerson, recipientIsPersonName, namesakesToldApart];
