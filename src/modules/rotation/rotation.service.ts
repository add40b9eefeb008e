import type { EntityManager } from 'typeorm';
import type { Database, Dialect } from '../../db/database.js';
import { recordChange } from '../audit/audit.js';
import { updateVersioned } from '../../db/versioned-update.js';
import { BadUserInputError } from '../../errors/index.js';
import type { PageWindow } from '../../schema/pagination.js';
import { ratio, type RatioValue } from '../indicators/indicators.js';
import { Organization } from '../organizations/organization.entity.js';
import { COMMITTEE_KINDS, MAX_SEATS, type RotationGroupBy, type TransitionKind } from './rotation.kinds.js';
import { RotationSql, type RotationFigures, type RotationPeriod, type TransitionRow, type VacancyPage } from './rotation.sql.js';

export function dialectOf(manager: EntityManager): Dialect {
  return manager.connection.driver.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

/** The measures of rotation and vacancy that indicatorTrend follows. */
export type RotationMeasure = 'ROTATION_RATE' | 'VACANCY_DAYS';

/** Rotation and vacancy of committee posts: transitions, vacancies and their indicators (README, "Rotation and vacancy"). */
export class RotationService {
  readonly sql: RotationSql;

  constructor(private readonly db: Database) {
    this.sql = new RotationSql(db.dialect);
  }

  transitions(input: { scopeId: number; from: string; to: string; kinds: readonly TransitionKind[] | null; window: PageWindow }): Promise<{ rows: TransitionRow[]; totalCount: number }> {
    return this.sql.transitions(this.db.analytics, input);
  }

  vacancies(input: { scopeId: number; on: string; window: PageWindow }): Promise<VacancyPage> {
    return this.sql.vacancies(this.db.analytics, input);
  }

  indicators(input: { scopeId: number; from: string; to: string; groupBy: RotationGroupBy | null }): Promise<RotationFigures[]> {
    return this.sql.indicators(this.db.analytics, { scopeId: input.scopeId, periods: [{ from: input.from, to: input.to }], groupBy: input.groupBy });
  }

  /** A measure of the whole scope for each period: two statements however many periods. */
  async trend(measure: RotationMeasure, scopeId: number, periods: readonly RotationPeriod[]): Promise<RatioValue[]> {
    const figures = await this.sql.indicators(this.db.analytics, { scopeId, periods, groupBy: null });
    const byPeriod = new Map(figures.map((figure) => [figure.period, figure]));
    return periods.map((_, index) => {
      const figure = byPeriod.get(index);
      if (!figure) return ratio(0, 0);
      return measure === 'ROTATION_RATE' ? ratio(figure.changed, figure.members) : ratio(figure.vacantSeatDays, figure.seatDays);
    });
  }

  /** Records the established seats of a committee (null: back to the default of its kind). Versioned and audited. */
  async setSeats(input: { id: number; seats: number | null; expectedVersion?: number | null }): Promise<Organization> {
    if (input.seats !== null && (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > MAX_SEATS)) {
      throw new BadUserInputError(`seats must be a whole number from 1 to ${MAX_SEATS}, or null for the default of the kind; got ${input.seats}.`, { field: 'input.seats' });
    }
    return this.db.transaction(async (manager) => {
      const { before, after } = await updateVersioned(manager, Organization, input.id, {
        field: 'input.organizationId',
        expectedVersion: input.expectedVersion,
        change: (organization) => {
          if (!COMMITTEE_KINDS.includes(organization.kind)) {
            throw new BadUserInputError(`Organization ${organization.code} is a ${organization.kind}; only a community Party committee or a residents' committee has seats.`, { field: 'input.organizationId', record: organization.code });
          }
          return { seats: input.seats };
        },
      });
      await recordChange(manager, { entityType: 'Organization', entityId: after.databaseId, entityCode: after.code, before, after });
      return after;
    });
  }
}
