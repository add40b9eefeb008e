import type { ModuleDescriptor } from '../contract.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditResolver } from './audit.resolver.js';

declare module '../contract.js' {
  interface Services {
    auditLog: AuditLogService;
  }
}

/** The audit log: who changed what, when, through which operation. */
export const auditModule: ModuleDescriptor = {
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  services: { auditLog: (db) => new AuditLogService(db) },
};
