import type { MigrationInterface, QueryRunner } from 'typeorm';
import { caseFactsSql } from '../../../modules/cases/case.facts.js';

/**
 * The facts of a case that do not depend on a period (src/modules/cases/case.facts.ts), one bit each, added and
 * backfilled from the cases' own columns for the cases already stored; planStep writes them from then on.
 * Written by hand.
 */
export class CaseFactsPostgres1796600000000 implements MigrationInterface {
  name = 'CaseFactsPostgres1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "service_cases" ADD COLUMN "facts" integer NOT NULL DEFAULT 0');
    await queryRunner.query(`UPDATE service_cases SET facts = ${caseFactsSql()}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "service_cases" DROP COLUMN "facts"');
  }
}
