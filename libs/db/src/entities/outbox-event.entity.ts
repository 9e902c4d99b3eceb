import type { OutboxEventType, OutboxPayloads } from '@nextstep/platform';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export { OUTBOX_EVENT_TYPES, type OutboxEventType } from '@nextstep/platform';

/**
 * Written in the same transaction as the change it announces; the worker
 * relays it. The event types and their payloads are declared once, in
 * @nextstep/platform (`OutboxPayloads`).
 */
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
  payload!: OutboxPayloads[OutboxEventType];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
