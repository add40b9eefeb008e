import { ApiKey } from '../auth/api-key.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Grid } from '../modules/grids/grid.entity.js';
import { Link } from '../modules/links/link.entity.js';
import { OrganizationClosure } from '../modules/organizations/organization-closure.entity.js';
import { OrganizationMembership } from '../modules/organizations/organization-membership.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { Post } from '../modules/people/post.entity.js';

/** Every table the application owns. */
export const ENTITIES = [ApiKey, AuditEntry, Organization, OrganizationClosure, OrganizationMembership, Link, Person, Post, Grid];
