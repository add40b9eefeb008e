import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { chainRootsOfKind } from '../organizations/organization-chain.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import type { RatioValue } from './indicators.js';
import type { IndicatorQuestion, SnapshotTrendIndicator } from './indicator-questions.js';
import { indicatorRunner } from './indicator-pool.js';

/** Asks questions of one scope's snapshot as of one date; what is asked in the same turn goes as one task. */
export type SnapshotQuestions = <T>(question: IndicatorQuestion) => Promise<T>;

/** The governance indicators of a request: computed by the database's IndicatorRunner (worker threads, or this thread). */
export class IndicatorService {
  constructor(private readonly db: Database) {}

  /**
   * The questions about one scope as of one date. The fields of one governanceIndicators selection are
   * resolved in the same turn, so they become one task: its rows are read once (at most five statements) and
   * what the questions share (the members, the links in force) is worked out once.
   */
  snapshot(rootId: number, date: string): SnapshotQuestions {
    const runner = indicatorRunner(this.db);
    const loader = new DataLoader<IndicatorQuestion, unknown, string>((questions) => runner.run(this.db, { rootId, date, questions: [...questions] }), {
      // DataLoader's own schedule: after the turn in which graphql-js or graphql-jit calls every sibling field,
      // and before the request's loader waves look whether reads are in flight (this task is one).
      cacheKeyFn: (question) => JSON.stringify(question),
    });
    return <T>(question: IndicatorQuestion) => loader.load(question) as Promise<T>;
  }

  /** A snapshot indicator as of each date, over the rows of the scope read once. */
  async trend(rootId: number, indicator: SnapshotTrendIndicator, dates: string[]): Promise<RatioValue[]> {
    return (await indicatorRunner(this.db).run(this.db, { rootId, trend: indicator, dates })) as RatioValue[];
  }

  /** The ids of the districts at the top of a chain (no parent), by code, at most `limit` of them: one statement. */
  districtIds(limit: number): Promise<number[]> {
    return chainRootsOfKind(this.db.manager, OrganizationKind.DISTRICT_PARTY_COMMITTEE, limit);
  }
}
