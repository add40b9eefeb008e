import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CASE_FACTS_BACKFILL } from '../case-facts-backfill.js';

/**
 * The facts of a case that do not depend on a period (src/modules/cases/case.facts.ts), one bit each, added and
 * backfilled from the cases' own columns for the cases already stored; planStep writes them from then on.
 * Written by hand.
 */
export class CaseFactsPostgres1796600000000 implements MigrationInterface {
  name = 'CaseFactsPostgres1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "service_cases" ADD COLUMN "facts" integer NOT NULL DEFAULT 0');
    await this.backfill(queryRunner);
  }

  /** Computes the facts of every stored case from its columns (the tests check it against planStep). */
  async backfill(queryRunner: Pick<QueryRunner, 'query'>): Promise<void> {
    await queryRunner.query(CASE_FACTS_BACKFILL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "service_cases" DROP COLUMN "facts"');
  }
}
