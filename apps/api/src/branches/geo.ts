// The great-circle helpers live in @nextstep/db, shared with the worker's job-alert matching.
export { boundingBox, EARTH_RADIUS_KM, haversineKm, haversineSql, type BoundingBox, type LatLng } from '@nextstep/db';
