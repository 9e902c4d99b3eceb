import { haversineSql, JOB_PAY_MAX_ANNUAL_SQL } from '@nextstep/db';

/** Kilometres per degree of latitude, with the search's 1% to spare, for the box before the exact distance. */
const KM_PER_DEGREE_WITH_SLACK = 111.195 / 1.01;

/**
 * Whether job `j` is open and new to alert `a` and meets every criterion,
 * in SQL, exactly as the job search reads the same criteria: the stored
 * tsquery against the job's search vector, employment type, branch, yearly
 * pay (hourly × 2,080) and great-circle distance. `now` is a placeholder
 * such as `$2` (the worker's clock, so tests can move time).
 */
export function alertMatchesJobSql(a: string, j: string, now: string): string {
  const annualPay = JOB_PAY_MAX_ANNUAL_SQL.replace(/\b(pay_period|pay_max_cents)\b/g, `${j}.$1`);
  const distance = haversineSql(`${j}.latitude`, `${j}.longitude`, `${a}.latitude`, `${a}.longitude`);
  return `(${j}.status = 'open' AND (${j}.closes_at IS NULL OR ${j}.closes_at > ${now})
    AND ${j}.posted_at > ${a}.active_since AND ${j}.posted_at <= ${now}
    AND (${a}.query IS NULL OR ${j}.search_vector @@ ${a}.query)
    AND (${a}.employment_types IS NULL OR ${j}.employment_type = ANY(${a}.employment_types))
    AND (${a}.branch_id IS NULL OR ${j}.branch_id = ${a}.branch_id)
    AND (${a}.pay_min_dollars IS NULL OR ${annualPay} >= ${a}.pay_min_dollars::bigint * 100)
    AND (${a}.radius_km IS NULL OR (
      ${j}.latitude BETWEEN ${a}.latitude - ${a}.radius_km / ${KM_PER_DEGREE_WITH_SLACK} AND ${a}.latitude + ${a}.radius_km / ${KM_PER_DEGREE_WITH_SLACK}
      AND ${distance} <= ${a}.radius_km)))`;
}

/** An alert that can receive e-mail: on, confirmed, and its account (if any) neither erased nor deactivated. */
export function alertCanSendSql(a: string, u: string): string {
  return `(${a}.active AND ${a}.confirmed_at IS NOT NULL AND (${a}.user_id IS NULL OR (${u}.erased_at IS NULL AND ${u}.deactivated_at IS NULL)))`;
}
