import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every column of a case that the case indicators read, in the order of (community, receipt): a district's long
 * period is read through this narrow copy rather than through the table's rows (SQLite, INDEXED BY), and grouped by
 * community without a sort. A year of the scale-1 district on SQLite, CPU per statement: counts 0.33 -> 0.22 s,
 * durations 0.47 -> 0.39 s, returns 0.21 -> 0.15 s, breaches' stages 0.12 -> 0.08 s. Written by hand.
 */
export class CaseIndicatorIndexSqlite1796832925000 implements MigrationInterface {
  name = 'CaseIndicatorIndexSqlite1796832925000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "idx_service_cases_indicators" ON "service_cases" ("community_id", "received_at", "due_at", "facts", "category_id", "urgency", "whistled", "hours_to_contact", "hours_to_reply", "hours_to_close", "dispatch_count", "return_count", "status", "closed_at", "longest_gap_hours", "longest_gap_stage", "last_event_at", "grid_id", "current_handler_id", "channel") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_service_cases_indicators"');
  }
}
