import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Posts gain an optional end reason; committees an optional number of established seats (README, "Rotation and vacancy"). Written by hand. */
export class PostEndReasonSeatsPostgres1796520000000 implements MigrationInterface {
  name = 'PostEndReasonSeatsPostgres1796520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "posts" ADD COLUMN "end_reason" varchar(16)');
    await queryRunner.query('ALTER TABLE "organizations" ADD COLUMN "seats" integer');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organizations" DROP COLUMN "seats"');
    await queryRunner.query('ALTER TABLE "posts" DROP COLUMN "end_reason"');
  }
}
