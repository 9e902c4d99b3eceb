import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Branch } from './branch.entity';
import { EMPLOYMENT_TYPES, type EmploymentType } from './job.entity';
import { User } from './user.entity';

/** Stored values: never rename one. */
export const JOB_ALERT_FREQUENCIES = ['instant', 'daily', 'weekly'] as const;
export type JobAlertFrequency = (typeof JOB_ALERT_FREQUENCIES)[number];

/** The most alerts one person (a candidate, or a guest's address) may keep. */
export const JOB_ALERTS_PER_PERSON = 20;

/** The alert's text as a tsquery, exactly as the job search reads `q` (web-search syntax, English stemming). */
export const JOB_ALERT_QUERY_SQL = "websearch_to_tsquery('english'::regconfig, q)";

/**
 * A saved job search that e-mails new matching jobs. A candidate's alert has
 * `userId`; a guest's has `email` and stays silent until the address is
 * confirmed (`confirmedAt`, double opt-in). The criteria are the job search's
 * own (q, employment types, branch, location + radius, minimum pay), stored
 * as columns so the worker can match them in SQL.
 *
 * `criteriaVersion` grows with every change of the criteria; the worker sets
 * `matchedVersion` once it has matched that version (and written
 * `matchTokens`, the alert's entries in the reverse index).
 */
@Entity({ name: 'job_alerts' })
@Check('job_alerts_owner_check', `("user_id" IS NULL) <> ("email" IS NULL)`)
@Check('job_alerts_location_check', `("latitude" IS NULL) = ("longitude" IS NULL) AND ("radius_km" IS NULL) = ("latitude" IS NULL)`)
@Index('job_alerts_user_idx', ['userId'])
@Index('job_alerts_branch_idx', ['branchId'])
// Created by the migration (expression, GIN and partial indexes).
@Index('job_alerts_email_idx', { synchronize: false })
@Index('job_alerts_email_key_idx', { synchronize: false })
@Index('job_alerts_match_tokens_idx', { synchronize: false })
@Index('job_alerts_unmatched_idx', { synchronize: false })
@Index('job_alerts_run_idx', ['frequency', 'timeZone'], { where: `"active" AND "confirmed_at" IS NOT NULL` })
@Index('job_alerts_unconfirmed_idx', ['confirmExpiresAt'], { where: `"confirmed_at" IS NULL` })
export class JobAlert {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_job_alerts_id' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_job_alerts_user' })
  user?: User | null;

  /** A guest's address (as given, trimmed); null for a candidate's alert, which goes to the account's address. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'enum', enum: JOB_ALERT_FREQUENCIES, enumName: 'job_alert_frequency' })
  frequency!: JobAlertFrequency;

  /** Where 08:00 is for daily and weekly e-mails; a candidate's alerts follow their profile (a trigger keeps it). */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  q!: string | null;

  @Column({
    type: 'tsquery',
    nullable: true,
    generatedType: 'STORED',
    asExpression: JOB_ALERT_QUERY_SQL,
    select: false,
    insert: false,
    update: false,
  })
  query?: string | null;

  @Column({ name: 'employment_types', type: 'enum', enum: EMPLOYMENT_TYPES, enumName: 'job_employment_type', array: true, nullable: true })
  employmentTypes!: EmploymentType[] | null;

  @Column({ name: 'branch_id', type: 'uuid', nullable: true })
  branchId!: string | null;

  @ManyToOne(() => Branch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'FK_job_alerts_branch' })
  branch?: Branch | null;

  /** As the person gave it; `latitude`/`longitude` hold where it is. */
  @Column({ name: 'postal_code', type: 'varchar', length: 20, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ name: 'radius_km', type: 'double precision', nullable: true })
  radiusKm!: number | null;

  /** Yearly USD, compared like the search's `payMin` (hourly pay × 2,080). */
  @Column({ name: 'pay_min_dollars', type: 'integer', nullable: true })
  payMinDollars!: number | null;

  /** Off after "pause" in the portal or the alert's one-click unsubscribe. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** When the address was confirmed; a candidate's alert is confirmed when created. */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** What makes a guest's confirmation link single-use: cleared when it is used. */
  @Column({ name: 'confirm_nonce', type: 'varchar', length: 64, nullable: true, select: false })
  confirmNonce!: string | null;

  @Column({ name: 'confirm_expires_at', type: 'timestamptz', nullable: true })
  confirmExpiresAt!: Date | null;

  /** Jobs opened before this instant are not new to the alert. */
  @Column({ name: 'active_since', type: 'timestamptz', default: () => 'now()' })
  activeSince!: Date;

  @Column({ name: 'criteria_version', type: 'integer', default: 1 })
  criteriaVersion!: number;

  @Column({ name: 'matched_version', type: 'integer', default: 0 })
  matchedVersion!: number;

  @Column({ name: 'match_tokens', type: 'text', array: true, nullable: true, select: false })
  matchTokens!: string[] | null;

  /** When the latest e-mail window was planned: an edited alert is matched again from here on. */
  @Column({ name: 'last_window_at', type: 'timestamptz', nullable: true })
  lastWindowAt!: Date | null;

  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
