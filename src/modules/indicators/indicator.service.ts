import type { Database } from '../../db/database.js';
import { chainRootsOfKind } from '../organizations/organization-chain.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { IndicatorSource } from './indicator-source.js';

/** Where the indicators' rows come from: one IndicatorSource per scope and request. */
export class IndicatorService {
  constructor(private readonly db: Database) {}

  /** The rows of one scope's indicators, read on first use and kept for every date evaluated over it. */
  source(rootId: number): IndicatorSource {
    return new IndicatorSource(this.db.manager, rootId);
  }

  /** The ids of the districts at the top of a chain (no parent), by code, at most `limit` of them: one statement. */
  districtIds(limit: number): Promise<number[]> {
    return chainRootsOfKind(this.db.manager, OrganizationKind.DISTRICT_PARTY_COMMITTEE, limit);
  }
}
