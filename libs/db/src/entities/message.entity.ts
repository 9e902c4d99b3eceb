import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Application } from './application.entity';
import { User } from './user.entity';

export const MESSAGE_KINDS = ['message', 'thank_you'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** What a candidate sent the agency about an application (follow-ups and thank-you letters). */
@Entity({ name: 'messages' })
@Index('messages_application_idx', ['applicationId', 'createdAt'])
export class Message {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ name: 'sender_id', type: 'uuid' })
  senderId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sender_id' })
  sender?: User;

  @Column({ type: 'enum', enum: MESSAGE_KINDS, enumName: 'message_kind' })
  kind!: MessageKind;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
