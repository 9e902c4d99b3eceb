import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Application, APPLICATION_STATUSES, type ApplicationStatus } from './application.entity';
import { User } from './user.entity';

export const APPLICATION_EVENT_TYPES = [
  'applied',
  'status_changed',
  'withdrawn',
  'interview_scheduled',
  'interview_rescheduled',
  'interview_cancelled',
  'interview_completed',
  'contact_recorded',
  'follow_up_sent',
  'thank_you_sent',
] as const;
export type ApplicationEventType = (typeof APPLICATION_EVENT_TYPES)[number];

/** The history of an application: who did what, when, and the stage before and after. */
@Entity({ name: 'application_events' })
@Index('application_events_application_idx', ['applicationId', 'occurredAt'])
export class ApplicationEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'varchar', length: 40 })
  type!: ApplicationEventType;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;

  @Column({ name: 'from_status', type: 'enum', enum: APPLICATION_STATUSES, enumName: 'application_status', nullable: true })
  fromStatus!: ApplicationStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: APPLICATION_STATUSES, enumName: 'application_status', nullable: true })
  toStatus!: ApplicationStatus | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Whether the candidate sees the note: staff notes are internal unless the recruiter says otherwise; the candidate's own are theirs. */
  @Column({ name: 'note_for_candidate', type: 'boolean', default: false })
  noteForCandidate!: boolean;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
