import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The console's registrant search (`?q=`): names and emails folded by PostgreSQL (lower case,
 * accents and the Vietnamese đ/Đ removed by `unaccent`), with a trigram index on the folded
 * text so that a substring search stays an index search. `gofar_fold` pins the dictionary, so it
 * is immutable and may appear in an index; the search folds its terms with the same function.
 */
export class RegistrantSearch1795810000000 implements MigrationInterface {
  name = 'RegistrantSearch1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION public.gofar_fold(value text) RETURNS text
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(value, 'đĐ', 'dD'))) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_search_trgm" ON "users"
         USING gin (public.gofar_fold("full_name" || ' ' || "email") public.gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "users_search_trgm"`);
    await queryRunner.query(`DROP FUNCTION public.gofar_fold(text)`);
  }
}
