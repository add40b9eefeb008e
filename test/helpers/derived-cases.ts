import { expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { queryRows } from '../../src/db/rows.js';

const hours = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;

/** The derived columns of a case, recomputed from its events by a plain replay. */
function replayDerived(receivedAt: string, events: { kind: string; at: string; status_after: string }[]) {
  let contact: string | null = null;
  let reply: string | null = null;
  let close: string | null = null;
  let gap: number | null = null;
  let stage: string | null = null;
  events.forEach((event, index) => {
    if (event.kind === 'CONTACT' && contact === null) contact = event.at;
    if (event.kind === 'REPLY') reply = event.at;
    if (event.kind === 'CLOSE' || event.kind === 'ANSWER_AT_INTAKE') close = event.at;
    if (event.kind === 'REOPEN') close = null;
    const previous = events[index - 1];
    if (previous) {
      const length = hours(previous.at, event.at);
      if (gap === null || length > gap) [gap, stage] = [length, previous.status_after];
    }
  });
  const since = (instant: string | null) => (instant === null ? null : hours(receivedAt, instant));
  return { hours_to_contact: since(contact), hours_to_reply: since(reply), hours_to_close: since(close), longest_gap_hours: gap, longest_gap_stage: stage };
}

const DERIVED = 'hours_to_contact, hours_to_reply, hours_to_close, longest_gap_hours, longest_gap_stage';

/** Reads the derived columns of every case as stored. */
export async function storedDerived(db: Database): Promise<Map<string, Record<string, unknown>>> {
  const rows = await queryRows(db.manager, `SELECT code, ${DERIVED} FROM service_cases ORDER BY code`);
  return new Map(
    rows.map((row) => [
      String(row.code),
      Object.fromEntries(DERIVED.split(', ').map((column) => [column, row[column] == null ? null : column === 'longest_gap_stage' ? String(row[column]) : Number(row[column])])),
    ]),
  );
}

/**
 * Every case's columns derived from its events (hours to contact, reply and close, the longest gap and
 * its stage) equal a plain replay of its stored events; returns how many cases were checked.
 */
export async function expectDerivedMatchEvents(db: Database): Promise<number> {
  const cases = await queryRows(db.manager, 'SELECT id, code, received_at FROM service_cases');
  const events = await queryRows(db.manager, 'SELECT case_id, kind, at, status_after FROM case_events ORDER BY case_id, seq');
  const byCase = new Map<number, { kind: string; at: string; status_after: string }[]>();
  for (const event of events) {
    const list = byCase.get(Number(event.case_id)) ?? [];
    list.push({ kind: String(event.kind), at: String(event.at), status_after: String(event.status_after) });
    byCase.set(Number(event.case_id), list);
  }
  const stored = await storedDerived(db);
  for (const row of cases) {
    expect(stored.get(String(row.code)), String(row.code)).toEqual(replayDerived(String(row.received_at), byCase.get(Number(row.id)) ?? []));
  }
  return cases.length;
}
