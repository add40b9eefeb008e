import { containsPattern } from '../lib/like-pattern.js';
import { inForceOnSql } from '../lib/period.js';

/**
 * Builds a WHERE clause from optional filter arguments, with TypeORM named parameters (`:name`,
 * `:...list`) that run on SQLite and PostgreSQL alike. A filter argument left out adds no condition;
 * an empty list matches nothing.
 */
export class Conditions {
  private readonly clauses: string[] = [];

  /** `shared` lets a nested clause (an EXISTS subquery) name its parameters in the same statement. */
  constructor(private readonly shared: { parameters: Record<string, unknown>; count: number } = { parameters: {}, count: 0 }) {}

  get parameters(): Record<string, unknown> {
    return this.shared.parameters;
  }

  private parameter(value: unknown): string {
    const name = `condition${this.shared.count++}`;
    this.shared.parameters[name] = value;
    return name;
  }

  /** `EXISTS (SELECT 1 FROM from WHERE correlation AND <the inner conditions>)`. */
  exists(from: string, correlation: string, build: (inner: Conditions) => Conditions): this {
    const inner = build(new Conditions(this.shared));
    this.clauses.push(`EXISTS (SELECT 1 FROM ${from} WHERE ${correlation} AND ${inner.where})`);
    return this;
  }

  /** `column IN (values)`. */
  in(column: string, values: readonly unknown[] | null | undefined): this {
    if (values == null) return this;
    this.clauses.push(values.length === 0 ? '1 = 0' : `${column} IN (:...${this.parameter(values)})`);
    return this;
  }

  equals(column: string, value: unknown): this {
    if (value == null) return this;
    this.clauses.push(`${column} = :${this.parameter(value)}`);
    return this;
  }

  /** Case-insensitive "contains", with the user's % and _ matching themselves. */
  contains(column: string, text: string | null | undefined): this {
    if (!text) return this;
    this.clauses.push(`LOWER(${column}) LIKE :${this.parameter(containsPattern(text))} ESCAPE '\\'`);
    return this;
  }

  /** In force on `date`, over the half-open period [start, end) (lib/period.ts). */
  activeAt(startColumn: string, endColumn: string, date: string | null | undefined): this {
    if (!date) return this;
    this.clauses.push(inForceOnSql(startColumn, endColumn, `:${this.parameter(date)}`));
    return this;
  }

  /** `column` is the organization or one of its descendants in the vertical chain. */
  inSubtree(column: string, rootId: number | null | undefined): this {
    if (rootId == null) return this;
    this.clauses.push(`${column} IN (SELECT u.descendant_id FROM organization_closure u WHERE u.ancestor_id = :${this.parameter(rootId)})`);
    return this;
  }

  /** Any other condition; `build` receives a function that names a parameter for a value. */
  add(build: (parameter: (value: unknown) => string) => string): this {
    this.clauses.push(build((value) => `:${this.parameter(value)}`));
    return this;
  }

  get where(): string {
    return this.clauses.length === 0 ? '1 = 1' : this.clauses.join(' AND ');
  }
}
