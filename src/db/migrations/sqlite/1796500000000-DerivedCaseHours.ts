import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = ['hours_to_contact', 'hours_to_reply', 'hours_to_close', 'longest_gap_hours'];

/** Hours from `a` to `b`, whole milliseconds ÷ 3,600,000: what planStep writes (hoursBetween). */
const hours = (a: string, b: string) => `(ROUND((julianday(${b}) - julianday(${a})) * 86400000.0) / 3600000.0)`;

/**
 * The columns of a case derived from its events (hours to contact, reply and close; its longest gap
 * between two events and the stage of it), added and backfilled for the cases already stored. Written by hand.
 */
export class DerivedCaseHoursSqlite1796500000000 implements MigrationInterface {
  name = 'DerivedCaseHoursSqlite1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of COLUMNS) await queryRunner.query(`ALTER TABLE "service_cases" ADD COLUMN "${column}" double precision`);
    await queryRunner.query('ALTER TABLE "service_cases" ADD COLUMN "longest_gap_stage" varchar(16)');
    await this.backfill(queryRunner);
  }

  /** Computes the derived columns of every stored case from its row and its events (the tests check it against planStep). */
  async backfill(queryRunner: Pick<QueryRunner, 'query'>): Promise<void> {
    await queryRunner.query(
      `UPDATE service_cases SET hours_to_contact = CASE WHEN contacted_at IS NULL THEN NULL ELSE ${hours('received_at', 'contacted_at')} END,
        hours_to_reply = CASE WHEN replied_at IS NULL THEN NULL ELSE ${hours('received_at', 'replied_at')} END,
        hours_to_close = CASE WHEN closed_at IS NULL THEN NULL ELSE ${hours('received_at', 'closed_at')} END`,
    );
    await queryRunner.query(
      `WITH gaps AS (SELECT case_id, seq, status_after AS stage, ${hours('at', 'LEAD(at) OVER (PARTITION BY case_id ORDER BY seq)')} AS h FROM case_events),
      worst AS (SELECT case_id, stage, h, ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY h DESC, seq) AS rn FROM gaps WHERE h IS NOT NULL)
      UPDATE service_cases SET longest_gap_hours = w.h, longest_gap_stage = w.stage FROM worst w WHERE w.rn = 1 AND w.case_id = service_cases.id`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [...COLUMNS, 'longest_gap_stage']) await queryRunner.query(`ALTER TABLE "service_cases" DROP COLUMN "${column}"`);
  }
}
