import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Application } from './application.entity';
import { User } from './user.entity';

export const INTERVIEW_MODES = ['in_person', 'phone', 'video'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];
export const INTERVIEW_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

@Entity({ name: 'interviews' })
@Index('interviews_application_idx', ['applicationId', 'scheduledAt'])
@Index('interviews_scheduled_by_idx', ['scheduledById', 'scheduledAt'])
export class Interview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'enum', enum: INTERVIEW_MODES, enumName: 'interview_mode' })
  mode!: InterviewMode;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location!: string | null;

  @Column({ name: 'interviewer_name', type: 'varchar', length: 200 })
  interviewerName!: string;

  @Column({ name: 'interviewer_email', type: 'varchar', length: 254, nullable: true })
  interviewerEmail!: string | null;

  @Column({ type: 'enum', enum: INTERVIEW_STATUSES, enumName: 'interview_status', default: 'scheduled' })
  status!: InterviewStatus;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'next_steps', type: 'text', nullable: true })
  nextSteps!: string | null;

  /** The recruiter or admin who put it in the diary: their other interviews at that time are a conflict. */
  @Column({ name: 'scheduled_by_id', type: 'uuid', nullable: true })
  scheduledById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'scheduled_by_id', foreignKeyConstraintName: 'FK_interviews_scheduled_by' })
  scheduledBy?: User | null;

  /** Bumped on every change, so calendar updates replace the earlier invitation. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
