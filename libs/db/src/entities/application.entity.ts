import { APPLICATION_STAGES, type ApplicationStage } from '@nextstep/guidance';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Job } from './job.entity';
import { User } from './user.entity';

/** The stages are the guidance's own list (with its transition table); stored values, never renamed. */
export const APPLICATION_STATUSES = APPLICATION_STAGES;
export type ApplicationStatus = ApplicationStage;

/** A candidate's application to one job, and the facts the guidance rules read. */
@Entity({ name: 'applications' })
@Index('applications_job_candidate_key', ['jobId', 'candidateId'], { unique: true })
@Index('applications_candidate_applied_idx', ['candidateId', 'appliedAt'])
@Index('applications_job_status_idx', ['jobId', 'status', 'appliedAt'])
@Index('applications_status_due_idx', ['status', 'followUpDueAt'])
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_id' })
  job?: Job;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: User;

  @Column({ type: 'enum', enum: APPLICATION_STATUSES, enumName: 'application_status', default: 'applied' })
  status!: ApplicationStatus;

  /** Null once the candidate erased their account: only the statistics remain. */
  @Column({ name: 'cover_letter', type: 'text', nullable: true })
  coverLetter!: string | null;

  @Column({ name: 'resume_text', type: 'text', nullable: true })
  resumeText!: string | null;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;

  /** The agency last told the candidate something; restarts the follow-up clock. */
  @Column({ name: 'last_employer_contact_at', type: 'timestamptz', nullable: true })
  lastEmployerContactAt!: Date | null;

  /** The "next steps" date given at the interview. */
  @Column({ name: 'decision_expected_by', type: 'timestamptz', nullable: true })
  decisionExpectedBy!: Date | null;

  @Column({ name: 'thank_you_sent_at', type: 'timestamptz', nullable: true })
  thankYouSentAt!: Date | null;

  @Column({ name: 'last_follow_up_at', type: 'timestamptz', nullable: true })
  lastFollowUpAt!: Date | null;

  /** The guidance's due date, kept in step on every change so "owed news" is one indexed query. */
  @Column({ name: 'follow_up_due_at', type: 'timestamptz', nullable: true })
  followUpDueAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
