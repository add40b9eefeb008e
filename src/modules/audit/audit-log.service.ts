import { Conditions } from '../../db/conditions.js';
import type { Database } from '../../db/database.js';
import { queryPage } from '../../db/rows.js';
import type { Page, PageWindow } from '../../schema/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Conditions an audit entry must all meet; each left out adds none. */
export interface AuditFilter {
  operation?: string | null;
  entityType?: string | null;
  /** Only changes to this entity: its type and database id. */
  entity?: { type: string; id: number } | null;
  principal?: string | null;
  /** At or after this ISO 8601 timestamp. */
  since?: string | null;
  /** Before this ISO 8601 timestamp. */
  until?: string | null;
}

/** Reads the audit log (recordChange in audit.ts writes it). */
export class AuditLogService {
  constructor(private readonly db: Database) {}

  /** A page of the entries meeting the filter, newest first, with their total: one statement. */
  list(filter: AuditFilter, window: PageWindow): Promise<Page<AuditEntry>> {
    const conditions = new Conditions()
      .equals('t.operation', filter.operation)
      .equals('t.entity_type', filter.entityType)
      .equals('t.principal', filter.principal);
    if (filter.entity) conditions.equals('t.entity_type', filter.entity.type).equals('t.entity_id', filter.entity.id);
    if (filter.since) conditions.add((parameter) => `t.at >= ${parameter(filter.since)}`);
    if (filter.until) conditions.add((parameter) => `t.at < ${parameter(filter.until)}`);
    return queryPage(this.db.manager, AuditEntry, window, { from: 'audit_log t', where: conditions, orderBy: 't.at DESC, t.id DESC', orderIndexed: true });
  }
}
