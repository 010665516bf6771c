import { MigrationInterface, QueryRunner } from 'typeorm';

/** `GET /providers` pages providers by name, then id. */
export class ProviderListIndex1764300000600 implements MigrationInterface {
  name = 'ProviderListIndex1764300000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX providers_name_id ON providers (name, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX providers_name_id');
  }
}
