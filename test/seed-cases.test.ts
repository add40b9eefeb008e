import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, SAMPLE_SCALE, generateDistrict } from '../seeds/generate.js';
import { generateCases, type GeneratedCases } from '../seeds/generate/cases.js';
import { queryRows } from '../src/db/rows.js';
import { CaseEventKind, replayStatus } from '../src/modules/cases/case.transitions.js';
import { datasetSchema } from '../src/modules/import/dataset.js';
import { importDataset } from '../src/modules/import/import-dataset.js';
import { CaseFactsPostgres1796600000000 } from '../src/db/migrations/postgres/1796600000000-CaseFacts.js';
import { CaseFactsSqlite1796600000000 } from '../src/db/migrations/sqlite/1796600000000-CaseFacts.js';
import { DerivedCaseHoursPostgres1796500000000 } from '../src/db/migrations/postgres/1796500000000-DerivedCaseHours.js';
import { DerivedCaseHoursSqlite1796500000000 } from '../src/db/migrations/sqlite/1796500000000-DerivedCaseHours.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './helpers/databases.js';
import { expectDerivedMatchEvents, storedDerived } from './helpers/derived-cases.js';

/*
 * The service cases of the generated district (seeds/generate/cases.ts): deterministic, every history a
 * path of the lifecycle table, the volumes and proportions of operations.md §4.4, every kind of event in
 * the sample district loaded on first start, and an import of cases and whistles that the rules accept and
 * that changes nothing the second time.
 */

const sampleDistrict = generateDistrict({ scale: SAMPLE_SCALE });
const sample = generateCases(sampleDistrict, { scale: SAMPLE_SCALE, seed: DEFAULT_SEED });
// Scale 0.3: 45 communities, 60,000 cases, enough for the community spread to show.
const middleDistrict = generateDistrict({ scale: 0.3 });
const middle = generateCases(middleDistrict, { scale: 0.3, seed: DEFAULT_SEED });

const kindsOf = (record: GeneratedCases['serviceCases'][number]): CaseEventKind[] => [CaseEventKind.RECEIVE, ...(record.events ?? []).map((event) => event.kind as CaseEventKind)];

describe('the generated service cases', () => {
  it('are the same for the same district, scale and seed, and differ for another seed', () => {
    const again = generateCases(sampleDistrict, { scale: SAMPLE_SCALE, seed: DEFAULT_SEED });
    expect(JSON.stringify(again)).toBe(JSON.stringify(sample));
    expect(JSON.stringify(generateCases(sampleDistrict, { scale: SAMPLE_SCALE, seed: 7 }).serviceCases.slice(0, 50))).not.toBe(JSON.stringify(sample.serviceCases.slice(0, 50)));
  });

  it('keep the district itself as it was (the cases draw from a stream of their own)', () => {
    expect(JSON.stringify(generateDistrict({ scale: SAMPLE_SCALE }))).toBe(JSON.stringify(sampleDistrict));
  });

  it('follow the lifecycle table: every history replays without a refusal', () => {
    const refused = middle.serviceCases.map((record) => ({ code: record.code, replay: replayStatus(kindsOf(record)) })).filter((item) => item.replay.refusedAt !== undefined);
    expect(refused.slice(0, 5)).toEqual([]);
  });

  it('are accepted by the import format', () => {
    expect(() => datasetSchema.parse({ ...sampleDistrict, ...sample })).not.toThrow();
  });

  it('have the volumes and proportions of operations.md §4.4', () => {
    const cases = middle.serviceCases;
    expect(cases.length).toBe(60_000);
    const events = cases.reduce((sum, record) => sum + kindsOf(record).length, 0);
    expect(events / cases.length).toBeGreaterThanOrEqual(7);
    expect(events / cases.length).toBeLessThanOrEqual(9);
    const count = (kind: CaseEventKind) => cases.reduce((sum, record) => sum + kindsOf(record).filter((item) => item === kind).length, 0);
    const having = (kind: CaseEventKind) => cases.filter((record) => kindsOf(record).includes(kind)).length;
    const dispatched = having(CaseEventKind.DISPATCH);
    const returnRate = count(CaseEventKind.RETURN) / count(CaseEventKind.DISPATCH);
    expect(returnRate).toBeGreaterThanOrEqual(0.1);
    expect(returnRate).toBeLessThanOrEqual(0.2);
    expect(Math.max(...cases.map((record) => kindsOf(record).filter((kind) => kind === CaseEventKind.RETURN).length))).toBeGreaterThanOrEqual(5);
    for (const [kind, low, high] of [[CaseEventKind.URGE, 0.05, 0.1], [CaseEventKind.GRANT_EXTENSION, 0.03, 0.08], [CaseEventKind.REOPEN, 0.02, 0.05]] as const) {
      expect(having(kind) / dispatched, kind).toBeGreaterThanOrEqual(low);
      expect(having(kind) / dispatched, kind).toBeLessThanOrEqual(high);
    }
    const whistled = having(CaseEventKind.WHISTLE) / cases.length;
    expect(whistled).toBeGreaterThanOrEqual(0.005);
    expect(whistled).toBeLessThanOrEqual(0.02);
    for (const whistle of middle.whistles) {
      expect(whistle.summons.length).toBeGreaterThanOrEqual(2);
      expect(whistle.summons.length).toBeLessThanOrEqual(4);
    }
    // Emergencies: most summoned units report within 30 minutes.
    const emergency = middle.whistles.filter((whistle) => whistle.reason === 'EMERGENCY').flatMap((whistle) => whistle.summons.map((summons) => ({ whistle, summons })));
    const quick = emergency.filter(({ whistle, summons }) => summons.reportedAt && Date.parse(summons.reportedAt) - Date.parse(whistle.blownAt) <= 30 * 60_000);
    expect(quick.length / emergency.length).toBeGreaterThan(0.85);
  });

  it('give communities different rates: district means high, 5–10 % of communities below 90 %', () => {
    const grids = new Map(middleDistrict.grids!.map((grid) => [grid.code, grid.communityCode]));
    const byCommunity = new Map<string, { revisited: number; resolved: number; satisfied: number }>();
    let revisited = 0;
    let resolved = 0;
    let satisfied = 0;
    for (const record of middle.serviceCases) {
      const visits = (record.events ?? []).filter((event) => event.kind === CaseEventKind.REVISIT);
      const last = visits[visits.length - 1];
      if (!last) continue;
      const community = grids.get(record.gridCode!) ?? record.communityCode!;
      const stats = byCommunity.get(community) ?? { revisited: 0, resolved: 0, satisfied: 0 };
      stats.revisited += 1;
      revisited += 1;
      if (last.resolved === 'YES') (stats.resolved += 1), (resolved += 1);
      if (last.satisfaction !== 'DISSATISFIED') (stats.satisfied += 1), (satisfied += 1);
      byCommunity.set(community, stats);
    }
    expect(resolved / revisited).toBeGreaterThanOrEqual(0.95);
    expect(resolved / revisited).toBeLessThanOrEqual(0.98);
    expect(satisfied / revisited).toBeGreaterThanOrEqual(0.95);
    expect(satisfied / revisited).toBeLessThanOrEqual(0.98);
    const rates = [...byCommunity.values()].map((stats) => stats.resolved / stats.revisited);
    const below = rates.filter((rate) => rate < 0.9).length / rates.length;
    expect(below).toBeGreaterThanOrEqual(0.04);
    expect(below).toBeLessThanOrEqual(0.1);
    expect(Math.min(...rates)).toBeGreaterThanOrEqual(0.8);
  });

  it('give the sample district loaded on first start a few thousand cases, every kind of event and whistles that were reported to', () => {
    expect(sample.serviceCases.length).toBeGreaterThanOrEqual(2000);
    expect(sample.serviceCases.length).toBeLessThanOrEqual(10_000);
    const kinds = new Set(sample.serviceCases.flatMap(kindsOf));
    expect([...kinds].sort()).toEqual(Object.values(CaseEventKind).sort());
    expect(sample.whistles.some((whistle) => whistle.summons.filter((summons) => summons.reportedAt).length >= 2)).toBe(true);
  });
});

describe.each(DIALECTS)('importing generated cases and whistles on %s', (dialect) => {
  let database: TestDatabase;
  const district = generateDistrict({ scale: 0.01 });
  const cases = generateCases(district, { scale: 0.01, seed: 11 });

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await importDataset(database.db, district);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('stores every case with the status its events replay to, and changes nothing the second time', async () => {
    const first = await importDataset(database.db, cases);
    expect(first.serviceCases.created).toBe(cases.serviceCases.length);
    expect(first.whistles.created).toBe(cases.whistles.length);
    expect(cases.whistles.length).toBeGreaterThan(0);
    const rows = await queryRows(database.db.manager, 'SELECT code, status, last_seq FROM service_cases');
    const stored = new Map(rows.map((row) => [String(row.code), row]));
    for (const record of cases.serviceCases) {
      expect(stored.get(record.code)?.status, record.code).toBe(replayStatus(kindsOf(record)).status);
      expect(Number(stored.get(record.code)?.last_seq)).toBe(kindsOf(record).length);
    }
    const summons = await queryRows(database.db.manager, 'SELECT COUNT(*) AS n FROM whistle_summons WHERE reported_at IS NOT NULL');
    expect(Number(summons[0]!.n)).toBeGreaterThan(0);
    const second = await importDataset(database.db, cases);
    expect(second.serviceCases).toEqual({ created: 0, updated: 0, unchanged: cases.serviceCases.length });
    expect(second.whistles).toEqual({ created: 0, updated: 0, unchanged: cases.whistles.length });
  });

  it('writes the columns derived from the events with them (the bulk path), as a replay of the events and the migration backfill give them', async () => {
    expect(await expectDerivedMatchEvents(database.db)).toBe(cases.serviceCases.length);
    const written = await storedDerived(database.db);
    const writer = { query: (sql: string) => database.db.writer.query(sql) };
    await writer.query('UPDATE service_cases SET hours_to_contact = NULL, hours_to_reply = NULL, hours_to_close = NULL, longest_gap_hours = NULL, longest_gap_stage = NULL');
    await (dialect === 'sqlite' ? new DerivedCaseHoursSqlite1796500000000() : new DerivedCaseHoursPostgres1796500000000()).backfill(writer);
    expect(await storedDerived(database.db)).toEqual(written);
  });

  it("keeps each case's facts (case.facts.ts) with its columns on the bulk path, as the CaseFacts migration's backfill computes them", async () => {
    const stored = async () => (await queryRows(database.db.manager, 'SELECT code, facts FROM service_cases ORDER BY code')).map((row) => [String(row.code), Number(row.facts)]);
    const written = await stored();
    expect(written).toHaveLength(cases.serviceCases.length);
    // Not all alike: the cases of a year hold many combinations (closed late, reopened, whistled, unanswered…).
    expect(new Set(written.map(([, facts]) => facts)).size).toBeGreaterThan(10);
    const writer = { query: (sql: string) => database.db.writer.query(sql) };
    await writer.query('UPDATE service_cases SET facts = 0');
    await (dialect === 'sqlite' ? new CaseFactsSqlite1796600000000() : new CaseFactsPostgres1796600000000()).backfill(writer);
    expect(await stored()).toEqual(written);
  });

  it('refuses a whistle whose stored facts change, naming it', async () => {
    const whistle = cases.whistles[0]!;
    const changed = { ...cases, whistles: [{ ...whistle, reason: whistle.reason === 'EMERGENCY' ? 'ENFORCEMENT' : 'EMERGENCY' }, ...cases.whistles.slice(1)] };
    await expect(importDataset(database.db, changed)).rejects.toThrow(`whistles record ${whistle.code}: a stored whistle never changes`);
  });
});
