import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Application } from './application.entity';
import { User } from './user.entity';

export const CONTACT_CHANNELS = ['phone', 'email', 'in_person'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** The agency told the candidate where they stand. */
@Entity({ name: 'employer_contacts' })
@Index('employer_contacts_application_idx', ['applicationId', 'contactedAt'])
export class EmployerContact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ name: 'recruiter_id', type: 'uuid' })
  recruiterId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recruiter_id' })
  recruiter?: User;

  @Column({ type: 'enum', enum: CONTACT_CHANNELS, enumName: 'contact_channel' })
  channel!: ContactChannel;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'contacted_at', type: 'timestamptz' })
  contactedAt!: Date;
}
