/** Great-circle helpers for "nearest branch", the job radius search and job-alert matching (no PostGIS needed). */

/** Mean Earth radius (IUGG). The sphere is within 0.5% of the ellipsoid everywhere. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

export interface LatLng {
  lat: number;
  lng: number;
}

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Haversine distance in kilometres. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  /** Absent when the box would wrap around a pole or the antimeridian: then only latitude prefilters. */
  lng?: { min: number; max: number };
}

/**
 * A box that contains every point within `radiusKm` of `center` (with 1% to
 * spare), for an index-friendly prefilter before the exact distance.
 */
export function boundingBox(center: LatLng, radiusKm: number): BoundingBox {
  const dLat = (radiusKm / KM_PER_DEGREE) * 1.01;
  const minLat = Math.max(-90, center.lat - dLat);
  const maxLat = Math.min(90, center.lat + dLat);
  const cos = Math.cos(rad(Math.max(Math.abs(minLat), Math.abs(maxLat))));
  if (minLat <= -90 || maxLat >= 90 || cos < 1e-6) return { minLat, maxLat };
  const dLng = (radiusKm / (KM_PER_DEGREE * cos)) * 1.01;
  if (dLng >= 180 || center.lng - dLng < -180 || center.lng + dLng > 180) return { minLat, maxLat };
  return { minLat, maxLat, lng: { min: center.lng - dLng, max: center.lng + dLng } };
}

/** The same haversine in SQL; `latParam`/`lngParam` are placeholders such as `$3`. */
export function haversineSql(latColumn: string, lngColumn: string, latParam: string, lngParam: string): string {
  return (
    `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(` +
    `power(sin(radians(${latColumn} - ${latParam}::float8) / 2), 2) + ` +
    `cos(radians(${latParam}::float8)) * cos(radians(${latColumn})) * power(sin(radians(${lngColumn} - ${lngParam}::float8) / 2), 2)))))`
  );
}
