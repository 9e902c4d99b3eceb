import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The SQL that picks each company's branch: the one that posted most of its jobs (the lowest id breaks a tie). */
export const ASSIGN_COMPANY_BRANCHES_SQL = `
  UPDATE companies c SET branch_id = owner.branch_id
    FROM (SELECT DISTINCT ON (company_id) company_id, branch_id
            FROM jobs GROUP BY company_id, branch_id
           ORDER BY company_id, count(*) DESC, branch_id) AS owner
   WHERE owner.company_id = c.id AND c.branch_id IS NULL`;

/**
 * A client company belongs to a branch: its recruiters and the admins may
 * edit it, other branches read it and post jobs for it. Existing companies
 * go to the branch that posted most of their jobs; one without jobs is left
 * to the admins.
 */
export class CompanyBranch1790000610000 implements MigrationInterface {
  name = 'CompanyBranch1790000610000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "companies" ADD "branch_id" uuid`);
    await queryRunner.query(`CREATE INDEX "companies_branch_idx" ON "companies" ("branch_id")`);
    await queryRunner.query(
      `ALTER TABLE "companies" ADD CONSTRAINT "FK_0d6afc72cd9177a7c78ae45b368" FOREIGN KEY ("branch_id") REFERENCES "branches"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(ASSIGN_COMPANY_BRANCHES_SQL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "branch_id"`);
  }
}
