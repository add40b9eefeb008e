import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/rows.js';
import { inForceOnSql, isInForceOn, overlapOf, type Period } from '../src/lib/period.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases.js';

const DAYS = ['2023-12-31', '2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'];
/** Every period over DAYS, open-ended ones included, empty ones ([d, d)) too. */
const PERIODS: Period[] = DAYS.flatMap((since) => [{ since, until: null }, ...DAYS.filter((until) => until >= since).map((until) => ({ since, until }))]);

describe('the half-open period rule [since, until)', () => {
  it('is in force from its first day up to, not including, its end, and for ever when open', () => {
    expect(isInForceOn({ since: '2024-01-01', until: '2024-01-03' }, '2023-12-31')).toBe(false);
    expect(isInForceOn({ since: '2024-01-01', until: '2024-01-03' }, '2024-01-01')).toBe(true);
    expect(isInForceOn({ since: '2024-01-01', until: '2024-01-03' }, '2024-01-02')).toBe(true);
    expect(isInForceOn({ since: '2024-01-01', until: '2024-01-03' }, '2024-01-03')).toBe(false);
    expect(isInForceOn({ since: '2024-01-01', until: '2024-01-01' }, '2024-01-01')).toBe(false);
    expect(isInForceOn({ since: '2024-01-01', until: null }, '9999-12-31')).toBe(true);
  });

  it('makes the overlap of two periods exactly the days both are in force', () => {
    for (const first of PERIODS) {
      for (const second of PERIODS) {
        const overlap = overlapOf(first, second);
        expect(overlapOf(second, first)).toEqual(overlap);
        for (const day of [...DAYS, '2024-01-05', '9999-12-31']) {
          expect(overlap !== null && isInForceOn(overlap, day), `${JSON.stringify(first)} ∩ ${JSON.stringify(second)} on ${day}`).toBe(isInForceOn(first, day) && isInForceOn(second, day));
        }
        if (overlap) expect(overlap.until === null || overlap.since < overlap.until).toBe(true);
      }
    }
  });
});

describe.each(DIALECTS)('the period rule in SQL on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const manager = database.db.manager;
    await manager.query('CREATE TABLE period_probe (id integer PRIMARY KEY, since date NOT NULL, until date)');
    for (const [index, period] of PERIODS.entries()) {
      await queryRows(manager, 'INSERT INTO period_probe (id, since, until) VALUES (:id, :since, :until)', { id: index, ...period });
    }
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('selects exactly the rows isInForceOn accepts, on every day', async () => {
    for (const day of [...DAYS, '2024-01-05']) {
      const rows = await queryRows(database.db.manager, `SELECT p.id FROM period_probe p WHERE ${inForceOnSql('p.since', 'p.until', ':day')} ORDER BY p.id`, { day });
      const expected = PERIODS.flatMap((period, index) => (isInForceOn(period, day) ? [index] : []));
      expect(rows.map((row) => Number(row.id)), day).toEqual(expected);
    }
  });
});
