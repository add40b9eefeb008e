import { Conditions } from '../db/conditions.js';
import type { Database } from '../db/database.js';
import { queryPage, queryRows } from '../db/rows.js';
import { chunk } from '../lib/group-by.js';
import { nowTimestamp } from '../lib/clock.js';
import { caseConditions, caseOrderSql, CaseOrder } from '../modules/cases/case.conditions.js';
import type { CaseStatus } from '../modules/cases/case.transitions.js';
import { ServiceCase } from '../modules/cases/service-case.entity.js';
import type { Page } from '../schema/pagination.js';

export interface CategoryRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  /** The Open311 service_code: the category's open311Code, else its own code. */
  serviceCode: string;
  parentName: string | null;
}

export interface RequestQuery {
  serviceRequestIds?: string[] | null;
  serviceCodes?: string[] | null;
  statuses?: CaseStatus[] | null;
  /** requested_datetime in [from, to]. */
  from?: string | null;
  to?: string | null;
  scopeRootId: number | null;
  offset: number;
  limit: number;
}

/** A case with what Open311 shows of it. */
export interface RequestRow {
  serviceCase: ServiceCase;
  category: CategoryRow;
  handlerName: string;
  /** The note of its last public event that has one. */
  publicNote: string | null;
}

/** The reads of the Open311 view: every category once, a page of cases, their handlers and public notes (one statement each). */
export class Open311Reads {
  constructor(private readonly db: Database) {}

  async categories(): Promise<CategoryRow[]> {
    const rows = await queryRows(this.db.manager, 'SELECT k.id, k.code, k.name, k.kind, k.open311_code, p.name AS parent_name FROM service_categories k LEFT JOIN service_categories p ON p.id = k.parent_id ORDER BY k.code');
    return rows.map((row) => ({
      id: Number(row.id),
      code: String(row.code),
      name: String(row.name),
      kind: String(row.kind),
      serviceCode: String(row.open311_code ?? row.code),
      parentName: row.parent_name == null ? null : String(row.parent_name),
    }));
  }

  async requests(query: RequestQuery, categories: readonly CategoryRow[]): Promise<Page<RequestRow>> {
    const where = caseConditions({ statuses: query.statuses, scopeRootId: query.scopeRootId }, nowTimestamp());
    if (query.serviceCodes) where.in('t.category_id', categories.filter((category) => query.serviceCodes!.includes(category.serviceCode)).map((category) => category.id));
    if (query.serviceRequestIds) where.in('t.code', query.serviceRequestIds);
    if (query.from) where.add((parameter) => `t.received_at >= ${parameter(query.from)}`);
    if (query.to) where.add((parameter) => `t.received_at <= ${parameter(query.to)}`);
    const page = await queryPage(this.db.manager, ServiceCase, { offset: query.offset, limit: query.limit, list: 'open311' }, { from: 'service_cases t', where, orderBy: caseOrderSql(CaseOrder.RECEIVED_AT_DESC), orderIndexed: true });
    const cases = page.rows;
    const handlerNames = new Map<number, string>();
    const notes = new Map<number, string>();
    for (const part of chunk([...new Set(cases.map((serviceCase) => serviceCase.currentHandlerId))], 500)) {
      for (const row of await queryRows(this.db.manager, 'SELECT id, name FROM organizations WHERE id IN (:...ids)', { ids: part })) handlerNames.set(Number(row.id), String(row.name));
    }
    for (const part of chunk(cases.map((serviceCase) => serviceCase.databaseId), 500)) {
      const publicEvents = new Conditions().in('e.case_id', part).equals('e.public', true);
      for (const row of await queryRows(this.db.manager, `SELECT e.case_id, e.note FROM case_events e WHERE ${publicEvents.where} AND e.note IS NOT NULL ORDER BY e.case_id, e.seq`, publicEvents.parameters)) {
        notes.set(Number(row.case_id), String(row.note));
      }
    }
    const byId = new Map(categories.map((category) => [category.id, category]));
    return {
      ...page,
      rows: cases.map((serviceCase) => ({ serviceCase, category: byId.get(serviceCase.categoryId)!, handlerName: handlerNames.get(serviceCase.currentHandlerId) ?? '', publicNote: notes.get(serviceCase.databaseId) ?? null })),
    };
  }
}
