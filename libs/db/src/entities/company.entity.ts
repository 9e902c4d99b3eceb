import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Branch } from './branch.entity';

/**
 * A client company of the agency. A confidential company's name and website
 * never leave the API on public routes; `industry` names it instead
 * ("a leading <industry>"), so it must be a noun phrase such as
 * `manufacturer` or `regional hospital network`.
 */
@Entity({ name: 'companies' })
@Index('companies_branch_idx', ['branchId'])
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  /** Noun phrase used for the masked name: "A leading <industry>". */
  @Column({ type: 'varchar', length: 100 })
  industry!: string;

  @Column({ type: 'text' })
  mission!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  values!: string[];

  @Column({ type: 'text' })
  goals!: string;

  @Column({ type: 'text' })
  operations!: string;

  @Column({ type: 'boolean', default: false })
  confidential!: boolean;

  /**
   * The branch that looks after this client: its recruiters (and admins) may
   * change the profile; every branch may read it and post jobs for it. Null:
   * admins only.
   */
  @Column({ name: 'branch_id', type: 'uuid', nullable: true })
  branchId!: string | null;

  @ManyToOne(() => Branch, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'branch_id' })
  branch?: Branch | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
