import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Application } from './application.entity';
import { Interview } from './interview.entity';
import { Message } from './message.entity';
import { JobAlert } from './job-alert.entity';
import { User } from './user.entity';

/**
 * `sending` is a claim with a lease (`lease_until`): the worker that holds it
 * is talking to the SMTP server right now. A claim whose lease ran out belongs
 * to a worker that died mid-send. Stored values: never rename one.
 */
export const SCHEDULED_EMAIL_STATUSES = ['scheduled', 'sending', 'sent', 'cancelled', 'skipped', 'failed'] as const;
export type ScheduledEmailStatus = (typeof SCHEDULED_EMAIL_STATUSES)[number];

/** Notified (no payload) after every insert into outbox_events; the worker's relay LISTENs on it. */
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_events_inserted';

/**
 * One e-mail the worker means to send to a candidate at `sendAt`. The row is
 * the truth; the delayed BullMQ job (jobId = this id) only wakes the worker.
 */
@Entity({ name: 'scheduled_emails' })
// At most one `scheduled` row per (application, kind, interview); created by the migration with
// COALESCE(interview_id, …) because plain unique indexes treat NULL interview ids as all different.
@Index('scheduled_emails_one_scheduled_key', { synchronize: false })
// An e-mail's identity (what it is about, e.g. one interview's thank-you reminder) is pending or sent at most once.
@Index('scheduled_emails_dedupe_key', ['dedupeKey'], { unique: true, where: `"status" IN ('scheduled', 'sending', 'sent')` })
@Index('scheduled_emails_pending_idx', ['sendAt'], { where: `"status" IN ('scheduled', 'sending')` })
@Index('scheduled_emails_application_idx', ['applicationId', 'kind'])
@Index('scheduled_emails_recipient_idx', ['recipientUserId'], { where: `"status" = 'scheduled'` })
@Index('scheduled_emails_job_alert_idx', ['jobAlertId'], { where: `"job_alert_id" IS NOT NULL` })
// An e-mail is about one application or one job alert.
@Check('scheduled_emails_subject_check', `("application_id" IS NULL) <> ("job_alert_id" IS NULL)`)
export class ScheduledEmail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  /** An `EmailKind` of @nextstep/mail. */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'interview_id', type: 'uuid', nullable: true })
  interviewId!: string | null;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Interview | null;

  /** The candidate's note this e-mail delivers (thank_you_note, candidate_message); null once erased. */
  @Column({ name: 'note_id', type: 'uuid', nullable: true })
  noteId!: string | null;

  @ManyToOne(() => Message, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'note_id', foreignKeyConstraintName: 'FK_scheduled_emails_note' })
  note?: Message | null;

  /** Null for a guest's job alert, which goes to the alert's own address. */
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipient?: User;

  @Column({ name: 'job_alert_id', type: 'uuid', nullable: true })
  jobAlertId!: string | null;

  @ManyToOne(() => JobAlert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_alert_id', foreignKeyConstraintName: 'FK_scheduled_emails_job_alert' })
  jobAlert?: JobAlert | null;

  /** What makes this e-mail the same e-mail when an event is relayed again, e.g. `thank_you_reminder:<interview>`. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Column({ name: 'send_at', type: 'timestamptz' })
  sendAt!: Date;

  @Column({ type: 'varchar', length: 20, default: 'scheduled' })
  status!: ScheduledEmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** Why it was skipped or cancelled, in words a recruiter understands. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** While `sending`: until when the claiming worker owns the row. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  /** When the BullMQ job was last added; null means Redis has not heard of it yet (the sweep adds it). */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt!: Date | null;

  @Column({ name: 'message_id', type: 'varchar', length: 255, nullable: true })
  messageId!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
