import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A branch office of the agency; candidates contact and visit branches. */
@Entity({ name: 'branches' })
@Check('branches_coordinates_check', `"latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180`)
@Index('branches_postal_code_idx', { synchronize: false })
export class Branch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'address_line', type: 'varchar', length: 200 })
  addressLine!: string;

  @Column({ type: 'varchar', length: 100 })
  city!: string;

  /** State, province or region, e.g. `IL`. */
  @Column({ type: 'varchar', length: 100 })
  region!: string;

  @Column({ name: 'postal_code', type: 'varchar', length: 20 })
  postalCode!: string;

  @Column({ type: 'varchar', length: 40 })
  phone!: string;

  @Column({ type: 'varchar', length: 200 })
  email!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  /** IANA time zone, e.g. `America/Chicago`. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  /** Free text shown to candidates, e.g. "Mon–Fri 8:00–17:00". */
  @Column({ name: 'opening_hours', type: 'text' })
  openingHours!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
