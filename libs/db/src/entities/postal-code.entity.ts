import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where a postal code is: US ZIP codes and Canadian forward sortation areas
 * (the first three characters, "M5V"), loaded by migration 1790000910000.
 * `code` is the normalised key that postalCodeKeys() gives.
 */
@Entity({ name: 'postal_codes' })
@Check('postal_codes_coordinates_check', `"latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180`)
export class PostalCode {
  @PrimaryColumn({ type: 'varchar', length: 7, primaryKeyConstraintName: 'PK_postal_codes_code' })
  code!: string;

  /** `US` or `CA`. */
  @Column({ type: 'varchar', length: 2 })
  country!: string;

  /** A Canadian area's may list its neighbourhoods: "Calgary (Sandstone / Harvest Hills / …)". */
  @Column({ type: 'varchar', length: 200 })
  city!: string;

  /** State or province, e.g. `IL`, `ON`. */
  @Column({ type: 'varchar', length: 100 })
  region!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;
}
