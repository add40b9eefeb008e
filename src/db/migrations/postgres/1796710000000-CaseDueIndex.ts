import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cases by due date: a period's case indicators choose the cases received in the period or due in it, and
 * with an index on each column the database reads both ranges (SQLite's MULTI-INDEX OR, PostgreSQL's BitmapOr)
 * instead of every case of the scope. Written by hand.
 */
export class CaseDueIndexPostgres1796710000000 implements MigrationInterface {
  name = 'CaseDueIndexPostgres1796710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "idx_service_cases_due" ON "service_cases" ("due_at") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_service_cases_due"');
  }
}
