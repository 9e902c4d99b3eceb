import type { MigrationInterface, QueryRunner } from 'typeorm';
import { postalCodeRows } from '../geo/postal-codes';

/**
 * postal_codes: where every US ZIP code and Canadian forward sortation area
 * is (about 44,000 rows from the `zipcodes` package), so a postal code anyone
 * types can be searched around, not only the codes of our branches and jobs.
 *
 * The rows go in as one INSERT … SELECT FROM unnest(six arrays): one round
 * trip and one statement, where row-by-row inserts would take many
 * seconds. Test runs migrate once per run into a template database and copy
 * it, so the table costs each test database a file copy only.
 */
export class PostalCodes1790000910000 implements MigrationInterface {
  name = 'PostalCodes1790000910000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "postal_codes" ("code" character varying(7) NOT NULL, "country" character varying(2) NOT NULL, "city" character varying(200) NOT NULL, "region" character varying(100) NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, CONSTRAINT "postal_codes_coordinates_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180))`,
    );
    // Loaded here, not at the top: every process imports the migrations list, and the package is 5 MB of JavaScript.
    const { codes } = await import('zipcodes');
    const rows = postalCodeRows(Object.values(codes));
    await queryRunner.query(
      `INSERT INTO "postal_codes" ("code", "country", "city", "region", "latitude", "longitude")
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::float8[], $6::float8[])`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.country),
        rows.map((r) => r.city),
        rows.map((r) => r.region),
        rows.map((r) => r.latitude),
        rows.map((r) => r.longitude),
      ],
    );
    // Built once over the loaded rows: less than half the time of keeping it up to date row by row.
    await queryRunner.query(`ALTER TABLE "postal_codes" ADD CONSTRAINT "PK_postal_codes_code" PRIMARY KEY ("code")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "postal_codes"`);
  }
}
