/**
 * Deterministic synthetic archive for the benchmark: realistic Vietnamese achievements (names
 * with full diacritics, the project's units and campaigns, award forms and authorities from
 * the vocabulary, decisions spread over twenty years) and news, written into the content/
 * folder of a PROJECT COPY. The same seed always writes the same files.
 *
 * Bodies are plain Markdown in `.mdx` files, as editors write them through the CMS.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import YAML from 'yaml';
import { isoDate } from '../lib/dates.ts';
import { decisionSlug } from '../lib/routes.ts';
import { slugify } from '../lib/slug.ts';
import { DECISION_NUMBER } from '../schema/patterns.ts';
import { AUTHORITIES, AWARD_FORMS, NEWS_AUTHORS, type RecipientKind } from '../schema/vocabulary.ts';
import { seededRandom, type Random } from './random.ts';

export interface GenerateOptions {
  /** Root of the project copy; files go to `<dir>/content/{achievements,news}`. */
  dir: string;
  achievements: number;
  news: number;
  seed?: number;
  /** First and last year of the archive. */
  fromYear?: number;
  toYear?: number;
}

export interface GeneratedAchievement {
  id: string;
  kind: RecipientKind;
  recipient: string;
  unit: string;
  award: string;
  authority: string;
  decisionNumber: string;
  decisionDate: string;
  summary: string;
}

export interface GeneratedArticle {
  id: string;
  title: string;
  publishedAt: string;
}

export interface GeneratedArchive {
  achievements: GeneratedAchievement[];
  news: GeneratedArticle[];
  /** Decision symbols the schema's pattern refuses, so the generator left their authority out. */
  skippedAuthorities: string[];
}

type Authority = (typeof AUTHORITIES)[number];
type AwardForm = (typeof AWARD_FORMS)[number]['value'];

/**
 * How each authority numbers its decisions and what it awards (Decree 30/2020/NĐ-CP symbols;
 * the Law on Emulation and Commendation). `weight` is its share of the archive's decisions.
 */
const ISSUERS: Record<Authority, { number: (n: number) => string; awards: AwardForm[]; weight: number }> = {
  'Giám đốc Sở': {
    number: (n) => `${n}/QĐ-SKHĐT`,
    awards: ['Giấy khen', 'Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Tập thể lao động tiên tiến'],
    weight: 55,
  },
  'Chủ tịch UBND Tỉnh': {
    number: (n) => `${n}/QĐ-UBND`,
    awards: ['Bằng khen', 'Chiến sĩ thi đua cấp tỉnh', 'Tập thể lao động xuất sắc', 'Cờ thi đua của UBND Tỉnh'],
    weight: 25,
  },
  'Bộ trưởng Bộ Kế hoạch và Đầu tư': {
    number: (n) => `${n}/QĐ-BKHĐT`,
    awards: ['Bằng khen', 'Kỷ niệm chương'],
    weight: 5,
  },
  'Ban Chấp hành Công đoàn Viên chức Tỉnh': {
    number: (n) => `${n}/QĐ-CĐVC`,
    awards: ['Bằng khen', 'Giấy khen'],
    weight: 6,
  },
  'Ban Thường vụ Tỉnh đoàn': { number: (n) => `${n}-QĐ/TĐTN`, awards: ['Bằng khen', 'Giấy khen'], weight: 6 },
  'Chủ tịch nước': { number: (n) => `${n}/QĐ-CTN`, awards: ['Huân chương Lao động hạng Ba'], weight: 1 },
  'Thủ tướng Chính phủ': { number: (n) => `${n}/QĐ-TTg`, awards: ['Bằng khen của Thủ tướng Chính phủ'], weight: 2 },
};

/** Titles given once a year for the year before, in big decisions early in the next year. */
const YEARLY_TITLES = new Set<string>([
  'Lao động tiên tiến',
  'Chiến sĩ thi đua cơ sở',
  'Tập thể lao động tiên tiến',
  'Tập thể lao động xuất sắc',
  'Chiến sĩ thi đua cấp tỉnh',
]);

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
  'Lâm',
  'Châu',
  'Lương',
  'Tạ',
  'Thái',
  'Cao',
];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Minh', 'Quốc', 'Đức', 'Thành', 'Hoàng', 'Công', 'Tấn', 'Trọng', 'Nhựt', 'Phước'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Kim', 'Bích', 'Thanh', 'Mỹ', 'Diễm', 'Hồng', 'Thúy'];
const GIVEN_MALE = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Đông',
  'Hiếu',
  'Hùng',
  'Huy',
  'Khánh',
  'Khoa',
  'Lộc',
  'Long',
  'Nam',
  'Nghĩa',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thắng',
  'Thịnh',
  'Trí',
  'Tuấn',
  'Việt',
  'Vĩnh',
  'Toàn',
  'Đăng',
  'Lực',
];
const GIVEN_FEMALE = [
  'Anh',
  'Châu',
  'Diệu',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hương',
  'Lan',
  'Linh',
  'Loan',
  'Mai',
  'My',
  'Nga',
  'Ngân',
  'Nhung',
  'Phương',
  'Quyên',
  'Thảo',
  'Trang',
  'Tuyết',
  'Vân',
  'Vy',
  'Yến',
  'Xuân',
  'Điệp',
  'Ánh',
];
const POSITIONS = [
  'Chuyên viên',
  'Chuyên viên',
  'Chuyên viên',
  'Chuyên viên chính',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Kế toán',
  'Văn thư',
  'Thanh tra viên',
  'Nhân viên',
  'Phó Chánh Văn phòng',
  'Phó Giám đốc Trung tâm',
];
const TEAMS = [
  'Tổ tiếp nhận hồ sơ',
  'Tổ thẩm định dự án',
  'Tổ công nghệ thông tin',
  'Tổ tổng hợp',
  'Tổ hành chính – quản trị',
];

/** Achievements phrased like commendation proposals. `{n}` is a number, `{y}` the year. */
const DEEDS = [
  'thẩm định {n} dự án đầu tư đúng thời hạn, không để hồ sơ tồn đọng',
  'giải quyết {n} hồ sơ đăng ký doanh nghiệp trực tuyến, không có hồ sơ trễ hạn',
  'tham mưu xây dựng kế hoạch phát triển kinh tế – xã hội tỉnh Đồng Tháp năm {y}',
  'triển khai chuyển đổi số trong tiếp nhận và trả kết quả thủ tục hành chính',
  'đẩy mạnh cải cách hành chính, rút ngắn một phần ba thời gian giải quyết hồ sơ',
  'hỗ trợ {n} doanh nghiệp nhỏ và vừa tiếp cận chính sách ưu đãi đầu tư',
  'xúc tiến đầu tư vào các khu công nghiệp và cụm công nghiệp của Tỉnh',
  'theo dõi, đôn đốc giải ngân vốn đầu tư công đạt trên {p}% kế hoạch',
  'tổng hợp quy hoạch tỉnh Đồng Tháp thời kỳ 2021 – 2030, tầm nhìn đến năm 2050',
  'số hóa {n} trang hồ sơ lưu trữ và cập nhật cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
  'thanh tra, kiểm tra {n} dự án, kiến nghị xử lý dứt điểm các sai phạm',
  'tổ chức hội nghị đối thoại doanh nghiệp, tháo gỡ khó khăn cho nhà đầu tư',
];
const OPENINGS = [
  'Hoàn thành xuất sắc nhiệm vụ năm {y}:',
  'Có thành tích tiêu biểu trong phong trào thi đua năm {y}:',
  'Đạt thành tích xuất sắc trong công tác năm {y}:',
  'Tích cực hưởng ứng phong trào thi đua yêu nước năm {y}:',
];
const PRAISE = [
  'Luôn gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước và nội quy cơ quan.',
  'Tinh thần trách nhiệm cao, phối hợp tốt với các phòng, đơn vị trong và ngoài Sở.',
  'Tích cực tham gia các hoạt động của Công đoàn, Chi đoàn và phong trào văn hóa, thể thao của cơ quan.',
  'Chủ động nghiên cứu, đề xuất giải pháp nâng cao chất lượng tham mưu và phục vụ người dân, doanh nghiệp.',
  'Được lãnh đạo Sở, người dân và doanh nghiệp đánh giá cao về thái độ phục vụ và hiệu quả công việc.',
  'Hoàn thành đúng hạn và vượt chỉ tiêu các nhiệm vụ trọng tâm được giao trong năm.',
];

const NEWS_TOPICS = [
  'chuyển đổi số',
  'cải cách hành chính',
  'thu hút đầu tư',
  'đầu tư công',
  'hỗ trợ doanh nghiệp',
  'quy hoạch tỉnh',
  'thanh niên',
  'công đoàn',
  'khen thưởng',
  'thi đua',
];
const NEWS_TITLES = [
  'Sở Kế hoạch và Đầu tư phát động thi đua {topic} năm {y}',
  'Sơ kết phong trào thi đua {topic} 6 tháng đầu năm {y}',
  'Tổng kết công tác thi đua, khen thưởng năm {y}',
  '{author} tổ chức hội thảo về {topic}',
  'Biểu dương {n} tập thể, cá nhân điển hình trong {topic}',
  'Đồng Tháp đẩy mạnh {topic} trong năm {y}',
  'Gương sáng trong phong trào thi đua: {name}',
];

interface UnitInfo {
  id: string;
  name: string;
  validFrom?: Date;
  validUntil?: Date;
}
interface CampaignInfo {
  id: string;
  start: Date;
  end: Date;
  contents: string[];
}
interface Person {
  name: string;
  female: boolean;
  unit: string;
  position: string;
  id?: string;
}

async function readUnits(dir: string): Promise<UnitInfo[]> {
  const folder = join(dir, 'content/units');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.yml')).sort();
  return Promise.all(
    files.map(async (f) => {
      const data = YAML.parse(await readFile(join(folder, f), 'utf8'));
      return {
        id: f.replace(/\.yml$/, ''),
        name: String(data.name),
        validFrom: data.validFrom ? new Date(data.validFrom) : undefined,
        validUntil: data.validUntil ? new Date(data.validUntil) : undefined,
      };
    }),
  );
}

/** Decisions the project's own achievements already record (numbers must not collide). */
async function readDecisionSlugs(dir: string): Promise<Set<string>> {
  const folder = join(dir, 'content/achievements');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.mdx'));
  const slugs = new Set<string>();
  for (const f of files) {
    const data = YAML.parse((await readFile(join(folder, f), 'utf8')).split(/^---\s*$/m)[1] ?? '');
    if (data?.decisionNumber && data?.decisionDate)
      slugs.add(decisionSlug(String(data.decisionNumber), new Date(data.decisionDate)));
  }
  return slugs;
}

async function readCampaigns(dir: string): Promise<CampaignInfo[]> {
  const folder = join(dir, 'content/campaigns');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.mdx')).sort();
  return Promise.all(
    files.map(async (f) => {
      const text = await readFile(join(folder, f), 'utf8');
      const data = YAML.parse(text.split(/^---\s*$/m)[1] ?? '');
      return {
        id: f.replace(/\.mdx$/, ''),
        // A decision closing a campaign cannot predate the plan that launched it.
        start: new Date(
          Math.max(new Date(data.periodStart).getTime(), new Date(data.issuedOn ?? data.periodStart).getTime()),
        ),
        end: new Date(data.periodEnd),
        contents: (data.contents ?? []).map((c: { id: string }) => c.id),
      };
    }),
  );
}

const fill = (template: string, r: Random, vars: Record<string, string | number>) =>
  template
    .replace(/\{n\}/g, () => String(r.int(12, 480)))
    .replace(/\{p\}/g, () => String(r.int(92, 100)))
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

function validUnits(units: UnitInfo[], date: Date): UnitInfo[] {
  const valid = units.filter((u) => (!u.validFrom || u.validFrom <= date) && (!u.validUntil || date <= u.validUntil));
  return valid.length > 0 ? valid : units;
}

function frontMatter(data: Record<string, unknown>, body: string): string {
  return `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

function makePerson(r: Random, units: UnitInfo[]): Person {
  const female = r.chance(0.5);
  const name = female
    ? `${r.pick(FAMILY)} ${r.pick(MIDDLE_FEMALE)}${r.chance(0.4) ? ` ${r.pick(GIVEN_FEMALE)}` : ''} ${r.pick(GIVEN_FEMALE)}`
    : `${r.pick(FAMILY)} ${r.pick(MIDDLE_MALE)}${r.chance(0.3) ? ` ${r.pick(MIDDLE_MALE)}` : ''} ${r.pick(GIVEN_MALE)}`;
  return { name: name.normalize('NFC'), female, unit: r.pick(units).id, position: r.pick(POSITIONS) };
}

/** Writes the synthetic archive into `<dir>/content` and says what it wrote. */
export async function generateArchive(options: GenerateOptions): Promise<GeneratedArchive> {
  const { dir, seed = 20220615, fromYear = 2006, toYear = 2025 } = options;
  const r = seededRandom(seed);
  const units = await readUnits(dir);
  const campaigns = await readCampaigns(dir);
  const usedDecisions = await readDecisionSlugs(dir);
  const decisionPattern = new RegExp(DECISION_NUMBER, 'u');
  const issuers = (Object.keys(ISSUERS) as Authority[]).filter((a) => decisionPattern.test(ISSUERS[a].number(1)));
  const skippedAuthorities = (Object.keys(ISSUERS) as Authority[])
    .filter((a) => !issuers.includes(a))
    .map((a) => `${a} (${ISSUERS[a].number(1)})`);
  const kindsOf = new Map<string, readonly RecipientKind[]>(AWARD_FORMS.map((f) => [f.value, f.kinds]));

  // The department's staff over the years: the same people are honoured again and again.
  // Each is a person of content/people/; two with the same name, unit and position would be one
  // person to a reader (the content model refuses it), so such a twin is left out.
  const peopleDir = join(dir, 'content/people');
  await mkdir(peopleDir, { recursive: true });
  const peopleTaken = new Set((await readdir(peopleDir)).map((f) => f.replace(/\.yml$/, '')));
  const staffKeys = new Set<string>();
  const staff = Array.from({ length: Math.max(40, Math.round(options.achievements / 6)) }, () =>
    makePerson(r, units),
  ).filter((p) => {
    const key = `${slugify(p.name)}|${p.unit}|${p.position}`;
    if (staffKeys.has(key)) return false;
    staffKeys.add(key);
    let id = slugify(p.name);
    for (let k = 2; peopleTaken.has(id); k++) id = `${slugify(p.name)}-${k}`;
    peopleTaken.add(id);
    p.id = id;
    return true;
  });

  const achievementsDir = join(dir, 'content/achievements');
  const newsDir = join(dir, 'content/news');
  await mkdir(achievementsDir, { recursive: true });
  await mkdir(newsDir, { recursive: true });
  const taken = new Set(
    [...(await readdir(achievementsDir)), ...(await readdir(newsDir))].map((f) => f.replace(/\.mdx?$/, '')),
  );
  const uniqueId = (base: string) => {
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
    taken.add(id);
    return id;
  };

  const achievements: GeneratedAchievement[] = [];
  const files: [string, string][] = [];
  const nextNumber = new Map<string, number>();
  const years = toYear - fromYear + 1;

  while (achievements.length < options.achievements) {
    // Years fill in turn so that any archive size spreads over the whole period.
    const year = fromYear + (((achievements.length * years) / options.achievements) | 0);
    const authority = r.weighted(
      issuers,
      issuers.map((a) => ISSUERS[a].weight),
    );
    const issuer = ISSUERS[authority];
    const award = r.pick(issuer.awards);
    const yearly = YEARLY_TITLES.has(award);
    const date = yearly
      ? new Date(Date.UTC(year + 1, r.int(0, 2), r.int(1, 28)))
      : new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28)));
    const counter = `${authority}|${date.getUTCFullYear()}`;
    const number = (nextNumber.get(counter) ?? r.int(3, 40)) + r.int(1, 25);
    nextNumber.set(counter, number);
    const decisionNumber = issuer.number(number);
    const dSlug = decisionSlug(decisionNumber, date);
    if (usedDecisions.has(dSlug)) continue;
    usedDecisions.add(dSlug);
    // One person or collective appears once per decision and award (the validator says so).
    const honoured = new Set<string>();
    // Capped at a year's share, so that a small archive still spans every year.
    const size = Math.min(
      options.achievements - achievements.length,
      Math.ceil(options.achievements / years),
      yearly ? r.int(15, 60) : r.int(1, 18),
    );
    const campaign = campaigns.find((c) => date >= c.start && date.getTime() <= c.end.getTime() + 120 * 86_400_000);
    const closesCampaign = !!campaign && !yearly && r.chance(0.7);
    const unitsThen = validUnits(units, date);
    const kinds = kindsOf.get(award) ?? ['ca-nhan'];

    for (let i = 0, tries = 0; i < size && tries < size * 5; tries++) {
      const kind: RecipientKind = kinds.length === 1 ? kinds[0]! : r.chance(0.75) ? 'ca-nhan' : 'tap-the';
      let recipient: string;
      let unit: string;
      let position: string | undefined;
      let pronoun: string;
      let personId: string | undefined;
      if (kind === 'ca-nhan') {
        const person = r.pick(staff);
        personId = person.id;
        unit = unitsThen.some((u) => u.id === person.unit) ? person.unit : r.pick(unitsThen).id;
        recipient = person.name;
        position = person.position;
        pronoun = person.female ? 'Bà' : 'Ông';
      } else {
        const u = r.pick(unitsThen);
        unit = u.id;
        recipient = r.chance(0.25) ? `${r.pick(TEAMS)}, ${u.name}` : u.name;
        pronoun = 'Tập thể';
      }
      const key = personId ? `person:${personId}` : `${recipient}|${unit}`;
      if (honoured.has(key)) continue;
      honoured.add(key);
      i++;
      const vars = { y: yearly ? year : date.getUTCFullYear(), name: recipient };
      const deed = fill(r.pick(DEEDS), r, vars);
      const summary = `${fill(r.pick(OPENINGS), r, vars)} ${deed}.`;
      const id = uniqueId(`${slugify(recipient)}-${dSlug}`);
      const contents = closesCampaign ? [...new Set([r.pick(campaign!.contents), r.pick(campaign!.contents)])] : [];
      const data: Record<string, unknown> = {
        kind,
        recipient,
        ...(personId ? { person: personId } : {}),
        ...(position ? { position } : {}),
        unit,
        award,
        authority,
        decisionNumber,
        decisionDate: isoDate(date),
        ...(yearly ? { year } : {}),
        ...(closesCampaign ? { campaign: campaign!.id, contents } : {}),
        summary,
        sample: true,
      };
      const body = [
        `${pronoun} ${recipient} đã ${deed}; đồng thời ${fill(r.pick(DEEDS.filter((d) => !deed.startsWith(d.slice(0, 12)))), r, vars)}.`,
        `${r.pick(PRAISE)} ${r.pick(PRAISE)}`,
        ...(r.chance(0.3) ? [`Thành tích được ghi nhận tại Quyết định số ${decisionNumber} của ${authority}.`] : []),
      ].join('\n\n');
      files.push([join(achievementsDir, `${id}.mdx`), frontMatter(data, body)]);
      achievements.push({
        id,
        kind,
        recipient,
        unit,
        award,
        authority,
        decisionNumber,
        decisionDate: isoDate(date),
        summary,
      });
    }
  }

  const news: GeneratedArticle[] = [];
  for (let i = 0; i < options.news; i++) {
    const year = fromYear + (((i * years) / Math.max(1, options.news)) | 0);
    const date = new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28)));
    const topic = r.pick(NEWS_TOPICS);
    const author = r.pick(NEWS_AUTHORS);
    const honoured = achievements.length > 0 ? r.pick(achievements).recipient : makePerson(r, units).name;
    const vars = { y: year, topic, author, name: honoured };
    const title = fill(r.pick(NEWS_TITLES), r, vars);
    const campaign = campaigns.find((c) => date >= c.start && date <= c.end);
    const id = uniqueId(slugify(title));
    const summary = `${author} ${fill(r.pick(DEEDS), r, vars)}, góp phần thực hiện thắng lợi nhiệm vụ năm ${year}.`;
    const data: Record<string, unknown> = {
      title,
      publishedAt: isoDate(date),
      summary,
      author,
      ...(campaign ? { campaign: campaign.id } : {}),
      tags: [...new Set([topic, r.pick(NEWS_TOPICS)])],
      sample: true,
    };
    const paragraphs = Array.from(
      { length: r.int(3, 5) },
      () => `${fill(r.pick(OPENINGS), r, vars)} ${fill(r.pick(DEEDS), r, vars)}. ${r.pick(PRAISE)} ${r.pick(PRAISE)}`,
    );
    const body = [
      paragraphs[0],
      `## Kết quả nổi bật`,
      ...paragraphs.slice(1),
      `Điển hình là ${honoured}, ${fill(r.pick(DEEDS), r, vars)}.`,
    ].join('\n\n');
    files.push([join(newsDir, `${id}.mdx`), frontMatter(data, body)]);
    news.push({ id, title, publishedAt: isoDate(date) });
  }

  for (const p of staff)
    files.push([
      join(peopleDir, `${p.id}.yml`),
      YAML.stringify({ name: p.name, unit: p.unit, position: p.position, sample: true }, { lineWidth: 0 }),
    ]);

  // Bounded parallel writes: 11,000 small files.
  for (let i = 0; i < files.length; i += 200) {
    await Promise.all(files.slice(i, i + 200).map(([path, text]) => writeFile(path, text)));
  }
  return { achievements, news, skippedAuthorities };
}
