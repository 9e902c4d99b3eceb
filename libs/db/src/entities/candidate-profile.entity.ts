import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * What a candidate tells the agency about themselves. The uploaded resume is
 * kept in Postgres (at most 5 MB), so every API instance can serve it and
 * erasure removes it in the same transaction as the rest.
 */
@Entity({ name: 'candidate_profiles' })
export class CandidateProfile {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'resume_text', type: 'text', nullable: true })
  resumeText!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: string[];

  /** Thank-you and follow-up reminders; on unless the candidate turns them off. */
  @Column({ name: 'guidance_emails', type: 'boolean', default: true })
  guidanceEmails!: boolean;

  @Column({ name: 'resume_file', type: 'bytea', nullable: true, select: false })
  resumeFile!: Buffer | null;

  @Column({ name: 'resume_file_name', type: 'varchar', length: 255, nullable: true })
  resumeFileName!: string | null;

  @Column({ name: 'resume_content_type', type: 'varchar', length: 100, nullable: true })
  resumeContentType!: string | null;

  @Column({ name: 'resume_size_bytes', type: 'integer', nullable: true })
  resumeSizeBytes!: number | null;

  @Column({ name: 'resume_uploaded_at', type: 'timestamptz', nullable: true })
  resumeUploadedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
