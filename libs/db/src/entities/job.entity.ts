import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Branch } from './branch.entity';
import { Company } from './company.entity';

export const EMPLOYMENT_TYPES = ['temporary', 'temp_to_hire', 'direct_hire'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const JOB_STATUSES = ['draft', 'open', 'closed', 'filled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const PAY_PERIODS = ['hour', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** Hours in a full-time year: hourly pay is compared with yearly pay as `cents × 2080`. */
export const HOURS_PER_YEAR = 2080;

/**
 * The full-text document of a job, kept by Postgres itself (a STORED
 * generated column): title weighs most (A), then skills (B), then the
 * description (C); the place (city and region) is D, so "nurse naperville"
 * finds nurses in Naperville. `jobs_skills_text` is an IMMUTABLE wrapper around
 * `array_to_string`, which a generated column cannot call directly.
 */
export const JOB_SEARCH_VECTOR_SQL =
  "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || " +
  "setweight(to_tsvector('english'::regconfig, jobs_skills_text(skills)), 'B') || " +
  "setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C') || " +
  "setweight(to_tsvector('english'::regconfig, coalesce(city, '') || ' ' || coalesce(region, '')), 'D')";

/**
 * The title and the place alone: the best relevance tier searches this small
 * vector, whose posting lists a broad word keeps short (the full vector's are
 * mostly descriptions). Unweighted: every lexeme in it is a title or place one.
 */
export const JOB_TITLE_VECTOR_SQL =
  "to_tsvector('english'::regconfig, coalesce(title, '')) || " +
  "to_tsvector('english'::regconfig, coalesce(city, '') || ' ' || coalesce(region, ''))";

/**
 * Yearly equivalent of the top of the pay range, in cents. The search's
 * `payMin` filter uses exactly this expression so that the expression index
 * `jobs_open_pay_annual_idx` serves it.
 */
export const JOB_PAY_MAX_ANNUAL_SQL = `(CASE WHEN pay_period = 'hour' THEN pay_max_cents::bigint * ${HOURS_PER_YEAR} ELSE pay_max_cents::bigint END)`;

/**
 * A job posted by a branch for a client company. Pay is stored in integer
 * cents (USD) per `payPeriod`. Only `open` jobs whose `closesAt` has not
 * passed are public.
 *
 * The indexes below are created by the migration with SQL that TypeORM cannot
 * express (partial, descending, GIN, expression); `synchronize: false` tells
 * the schema check to leave them alone.
 */
@Entity({ name: 'jobs' })
@Check('jobs_pay_range_check', `"pay_min_cents" >= 0 AND "pay_min_cents" <= "pay_max_cents"`)
// The board's keyset sort needs a posting time on every open job.
@Check('jobs_open_posted_check', `"status" <> 'open' OR "posted_at" IS NOT NULL`)
@Check('jobs_coordinates_check', `"latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180`)
@Index('jobs_search_vector_idx', { synchronize: false })
// One partial vector index per employment type, for the per-type counts (migration 1790000930000).
// The title and place vector, for the best relevance tier (migration 1790000940000; RUM where available).
@Index('jobs_title_vector_idx', { synchronize: false })
@Index('jobs_title_rum_idx', { synchronize: false })
@Index('jobs_search_temporary_idx', { synchronize: false })
@Index('jobs_search_temp_to_hire_idx', { synchronize: false })
@Index('jobs_search_direct_hire_idx', { synchronize: false })
@Index('jobs_open_closes_at_idx', { synchronize: false })
// Only where the rum extension is available (migration 1790000900000).
@Index('jobs_search_rum_idx', { synchronize: false })
@Index('jobs_open_posted_idx', { synchronize: false })
@Index('jobs_open_branch_posted_idx', { synchronize: false })
@Index('jobs_open_type_posted_idx', { synchronize: false })
@Index('jobs_open_pay_annual_idx', { synchronize: false })
@Index('jobs_open_lat_lng_idx', { synchronize: false })
@Index('jobs_company_id_idx', { synchronize: false })
@Index('jobs_postal_code_idx', { synchronize: false })
export class Job {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'employment_type', type: 'enum', enum: EMPLOYMENT_TYPES, enumName: 'job_employment_type' })
  employmentType!: EmploymentType;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: string[];

  @Column({ type: 'varchar', length: 100 })
  city!: string;

  @Column({ type: 'varchar', length: 100 })
  region!: string;

  @Column({ name: 'postal_code', type: 'varchar', length: 20 })
  postalCode!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  /** Bottom of the pay range in cents (USD) per `payPeriod`. */
  @Column({ name: 'pay_min_cents', type: 'integer' })
  payMinCents!: number;

  /** Top of the pay range in cents (USD) per `payPeriod`. */
  @Column({ name: 'pay_max_cents', type: 'integer' })
  payMaxCents!: number;

  @Column({ name: 'pay_period', type: 'enum', enum: PAY_PERIODS, enumName: 'job_pay_period' })
  payPeriod!: PayPeriod;

  @Column({ type: 'enum', enum: JOB_STATUSES, enumName: 'job_status', default: 'draft' })
  status!: JobStatus;

  @Column({ name: 'branch_id', type: 'uuid' })
  branchId!: string;

  @ManyToOne(() => Branch, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'branch_id' })
  branch?: Branch;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  /** When the job was (last) opened; the board sorts by it. Null while a draft. */
  @Column({ name: 'posted_at', type: 'timestamptz', nullable: true })
  postedAt!: Date | null;

  /** After this instant the job no longer shows, even while still `open`. */
  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  /** User who created the job. The foreign key to users arrives with the accounts migration. */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: JOB_SEARCH_VECTOR_SQL,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @Column({
    name: 'title_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: JOB_TITLE_VECTOR_SQL,
    select: false,
    insert: false,
    update: false,
  })
  titleVector?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
