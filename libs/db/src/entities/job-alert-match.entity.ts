import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Job } from './job.entity';
import { JobAlert } from './job-alert.entity';
import { ScheduledEmail } from './scheduled-email.entity';

/**
 * A job that opened (or re-opened) after an alert started and matched it.
 * The primary key makes each pair exist once, so an alert never lists the
 * same job twice; `scheduledEmailId` is the e-mail that lists it (null while
 * it waits for the alert's next window).
 */
@Entity({ name: 'job_alert_matches' })
@Index('job_alert_matches_unsent_idx', ['alertId'], { where: `"scheduled_email_id" IS NULL` })
@Index('job_alert_matches_email_idx', ['scheduledEmailId'], { where: `"scheduled_email_id" IS NOT NULL` })
@Index('job_alert_matches_job_idx', ['jobId'])
export class JobAlertMatch {
  @PrimaryColumn({ name: 'alert_id', type: 'uuid', primaryKeyConstraintName: 'PK_job_alert_matches' })
  alertId!: string;

  @ManyToOne(() => JobAlert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id', foreignKeyConstraintName: 'FK_job_alert_matches_alert' })
  alert?: JobAlert;

  @PrimaryColumn({ name: 'job_id', type: 'uuid', primaryKeyConstraintName: 'PK_job_alert_matches' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_job_alert_matches_job' })
  job?: Job;

  @Column({ name: 'matched_at', type: 'timestamptz', default: () => 'now()' })
  matchedAt!: Date;

  @Column({ name: 'scheduled_email_id', type: 'uuid', nullable: true })
  scheduledEmailId!: string | null;

  @ManyToOne(() => ScheduledEmail, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'scheduled_email_id', foreignKeyConstraintName: 'FK_job_alert_matches_email' })
  scheduledEmail?: ScheduledEmail | null;
}
