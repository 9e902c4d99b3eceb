import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Written in the same transaction as the change it announces; the worker
 * relays it. Payloads carry ids and times only, never personal data.
 * The type names are stored: never rename one without migrating the rows.
 */
export const OUTBOX_EVENT_TYPES = [
  'interview.scheduled',
  'interview.rescheduled',
  'interview.cancelled',
  'interview.completed',
  'application.status_changed',
  'application.contact_recorded',
  'application.thank_you_sent',
  'application.followed_up',
  'candidate.erased',
] as const;
export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];

@Entity({ name: 'outbox_events' })
@Index('outbox_events_pending_idx', ['id'], { where: '"processed_at" IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  type!: OutboxEventType;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, string | number | boolean | null>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
