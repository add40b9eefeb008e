import type { ModuleDescriptor } from '../contract.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditResolver } from './audit.resolver.js';

/** The audit log: who changed what, when, through which operation. */
export const auditModule: ModuleDescriptor = {
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
};
