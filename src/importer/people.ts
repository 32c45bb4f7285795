/**
 * Which person (content/people/) an individual's row names. A name alone is not an identity:
 * the row's name is matched tone-insensitively together with its unit — the person's current
 * unit, a unit their earlier honours name, or a unit merged or renamed into theirs. The optional
 * «Mã cá nhân» column settles what the name and unit cannot (a namesake in the same unit, a
 * person who moved to a unit never seen before). A name the archive does not know yet is a new
 * person, created with the achievements (and listed by `--dry-run`).
 */
import YAML from 'yaml';
import { foldVietnamese } from '../lib/fold.ts';
import { slugify } from '../lib/slug.ts';
import { people as peopleSpec } from '../schema/people.ts';
import type { ContentIndex, PersonRef } from './content-index.ts';

/** A person the import will create. */
export interface PlannedPerson extends PersonRef {
  /** First row that names them. */
  line: number;
  /** Text of content/people/<id>.yml. */
  text: string;
}

export type PersonMatch =
  | { id: string; name: string; created?: PlannedPerson; message?: undefined }
  | { id?: undefined; created?: undefined; message: string };

/** A clean file name for a new person (what the CMS would write for a new entry). */
const CLEAN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The YAML file of a person, fields in the schema's order. */
export function personFile(person: PersonRef): string {
  const data: Record<string, unknown> = {};
  for (const field of peopleSpec.fields) {
    const value = (person as unknown as Record<string, unknown>)[field.name];
    if (value !== undefined && value !== '') data[field.name] = value;
  }
  return YAML.stringify(data, { lineWidth: 0 }).normalize('NFC');
}

export class PeopleResolver {
  private readonly people: PersonRef[];
  private readonly planned = new Map<string, PlannedPerson>();
  /** Units each person's existing honours name. */
  private readonly unitsOf = new Map<string, Set<string>>();

  private readonly index: ContentIndex;

  constructor(index: ContentIndex) {
    this.index = index;
    this.people = [...index.people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const a of index.achievements) {
      if (a.person) this.unitsOf.set(a.person, (this.unitsOf.get(a.person) ?? new Set()).add(a.unit));
    }
  }

  /** People created by this import so far, in row order. */
  get created(): PlannedPerson[] {
    return [...this.planned.values()];
  }

  /** Whether the id names a person, existing or planned (for the schema's reference check). */
  has(id: string): boolean {
    return this.people.some((p) => p.id === id);
  }

  /** The unit and the units it became, through `successor` (a merger or rename). */
  private successors(unit: string): Set<string> {
    const chain = new Set([unit]);
    for (
      let next = this.index.units.find((u) => u.id === unit)?.successor;
      next && !chain.has(next);
      next = this.index.units.find((u) => u.id === next)?.successor
    )
      chain.add(next);
    return chain;
  }

  private describe(p: PersonRef): string {
    const unit = this.index.units.find((u) => u.id === p.unit)?.name ?? p.unit;
    return `${p.id} (${[p.position, unit].filter(Boolean).join(', ')})`;
  }

  resolve(
    line: number,
    name: string,
    unit: string,
    position: string | undefined,
    explicitId: string | undefined,
  ): PersonMatch {
    const folded = foldVietnamese(name);
    if (explicitId) {
      const named = this.people.find((p) => p.id === explicitId);
      if (named) {
        return foldVietnamese(named.name) === folded
          ? { id: named.id, name: named.name }
          : {
              message: `mã cá nhân «${explicitId}» là của «${named.name}», không phải «${name}»; kiểm tra lại mã hoặc họ tên.`,
            };
      }
      if (!CLEAN_ID.test(explicitId))
        return {
          message: `mã cá nhân «${explicitId}» chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ «${slugify(name)}-2»).`,
        };
      return this.create(line, explicitId, name, unit, position);
    }
    const namesakes = this.people.filter((p) => foldVietnamese(p.name) === folded);
    const units = this.successors(unit);
    const here = namesakes.filter((p) => units.has(p.unit) || this.unitsOf.get(p.id)?.has(unit));
    if (here.length === 1) return { id: here[0]!.id, name: here[0]!.name };
    if (here.length > 1) {
      return {
        message: `«${name}» ứng với nhiều người cùng đơn vị: ${here.map((p) => this.describe(p)).join('; ')}; ghi mã của đúng người vào cột «Mã cá nhân».`,
      };
    }
    if (namesakes.length > 0) {
      return {
        message: `«${name}» đã có trong mục Cá nhân nhưng ở đơn vị khác: ${namesakes.map((p) => this.describe(p)).join('; ')}. Nếu là cùng một người (đã chuyển đơn vị), ghi mã đó vào cột «Mã cá nhân»; nếu là người khác cùng tên, ghi một mã mới, ví dụ «${this.freeId(slugify(name))}».`,
      };
    }
    return this.create(line, this.freeId(slugify(name)), name, unit, position);
  }

  private freeId(base: string): string {
    let id = base;
    for (let n = 2; this.people.some((p) => p.id === id); n++) id = `${base}-${n}`;
    return id;
  }

  private create(line: number, id: string, name: string, unit: string, position: string | undefined): PersonMatch {
    const person: PersonRef = { id, name, unit, ...(position ? { position } : {}) };
    const created: PlannedPerson = { ...person, line, text: personFile(person) };
    this.people.push(person);
    this.planned.set(id, created);
    this.unitsOf.set(id, new Set([unit]));
    return { id, name, created };
  }
}
