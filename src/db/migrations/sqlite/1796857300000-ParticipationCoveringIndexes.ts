import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The participations' three indexes hold what socialIndicators reads from the rows they find (hours, the activity, on
 * behalf of whom; the person's by day), so that its counts read no participation row (README, "Measuring the social forces").
 */
export class ParticipationCoveringIndexesSqlite1796857300000 implements MigrationInterface {
  name = 'ParticipationCoveringIndexesSqlite1796857300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_participations_activity\"");
    await queryRunner.query("CREATE INDEX \"idx_participations_activity\" ON \"participations\" (\"activity_id\", \"on_behalf_of_id\", \"hours\") ");
    await queryRunner.query("DROP INDEX \"idx_participations_person\"");
    await queryRunner.query("CREATE INDEX \"idx_participations_person\" ON \"participations\" (\"person_id\", \"day\", \"activity_id\", \"hours\") ");
    await queryRunner.query("DROP INDEX \"idx_participations_on_behalf_of\"");
    await queryRunner.query("CREATE INDEX \"idx_participations_on_behalf_of\" ON \"participations\" (\"on_behalf_of_id\", \"activity_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_participations_activity\"");
    await queryRunner.query("CREATE INDEX \"idx_participations_activity\" ON \"participations\" (\"activity_id\") ");
    await queryRunner.query("DROP INDEX \"idx_participations_person\"");
    await queryRunner.query("CREATE INDEX \"idx_participations_person\" ON \"participations\" (\"person_id\") ");
    await queryRunner.query("DROP INDEX \"idx_participations_on_behalf_of\"");
    await queryRunner.query("CREATE INDEX \"idx_participations_on_behalf_of\" ON \"participations\" (\"on_behalf_of_id\") ");
  }
}
