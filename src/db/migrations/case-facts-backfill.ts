/**
 * The facts of each stored case (src/modules/cases/case.facts.ts: one bit each) computed from its own columns, for
 * the CaseFacts migration of both databases. A frozen copy, as a migration is: it says what caseFacts said when
 * the column was added, whatever that module says later. test/seed-cases.test.ts holds the two equal on every case.
 */
export const CASE_FACTS_BACKFILL = `UPDATE service_cases SET facts =
  (CASE WHEN status IN ('REJECTED', 'MERGED', 'WITHDRAWN') THEN 1 ELSE 0 END)
  + (CASE WHEN status IN ('MERGED', 'WITHDRAWN') THEN 2 ELSE 0 END)
  + (CASE WHEN dispatch_count > 0 THEN 4 ELSE 0 END)
  + (CASE WHEN signed_at IS NOT NULL AND hours_to_contact IS NOT NULL THEN 8 ELSE 0 END)
  + (CASE WHEN resolved IS NOT NULL THEN 16 ELSE 0 END)
  + (CASE WHEN resolved = 'YES' THEN 32 ELSE 0 END)
  + (CASE WHEN satisfaction IS NOT NULL THEN 64 ELSE 0 END)
  + (CASE WHEN satisfaction = 'SATISFIED' THEN 128 ELSE 0 END)
  + (CASE WHEN satisfaction = 'BASICALLY' THEN 256 ELSE 0 END)
  + (CASE WHEN handler_resolved IS NOT NULL THEN 512 ELSE 0 END)
  + (CASE WHEN handler_resolved = 'YES' THEN 1024 ELSE 0 END)
  + (CASE WHEN replied_at IS NOT NULL THEN 2048 ELSE 0 END)
  + (CASE WHEN revisited_at IS NOT NULL THEN 4096 ELSE 0 END)
  + (CASE WHEN closed_at IS NOT NULL THEN 8192 ELSE 0 END)
  + (CASE WHEN closed_at IS NOT NULL AND closed_at <= due_at THEN 16384 ELSE 0 END)
  + (CASE WHEN closed_at IS NOT NULL AND closed_at > due_at THEN 32768 ELSE 0 END)
  + (CASE WHEN reopen_count > 0 THEN 65536 ELSE 0 END)
  + (CASE WHEN whistled = true THEN 131072 ELSE 0 END)`;
