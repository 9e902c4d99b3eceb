import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@nextstep/platform';
import type { EntityManager } from 'typeorm';
import { JobAlertStore } from './job-alert.store';
import { alertTokens, type TokenCost } from './match-tokens';

/** Alerts tokenised and matched per transaction. */
const ALERT_BATCH = 2_000;
/** Recently opened jobs whose tokens estimate how selective each anchor is. */
const TOKEN_SAMPLE = 5_000;
const TOKEN_STATS_TTL_MS = 3_600_000;
/**
 * Jobs are matched by when they opened, up to the run's time. A job stamped
 * just before that time whose transaction commits just after would slip
 * through, so every run looks this far back again (matches exist once, so
 * looking twice costs a lookup, never an e-mail).
 */
export const LOOK_BACK_MS = 2 * 60_000;
/** On the very first run there is no record of what was matched: this much of the past is. */
const FIRST_RUN_LOOK_BACK_MS = 86_400_000;

export interface MatchReport {
  alertsMatched: number;
  matchesFromAlerts: number;
  matchesFromJobs: number;
  expiredGuests: number;
}

/**
 * Keeps job_alert_matches up to date: new and edited alerts are matched
 * against the jobs opened since their last e-mail (forward, one query per
 * batch of alerts), and newly opened jobs against the alerts that share a
 * token with them (reverse, through the GIN index). Runs inside the
 * job-alert lock, before every run plans its e-mails.
 */
@Injectable()
export class JobAlertMatcher {
  private readonly logger = new Logger(JobAlertMatcher.name);
  private stats: { cost: TokenCost; at: number } | null = null;

  constructor(
    private readonly store: JobAlertStore,
    private readonly clock: Clock,
  ) {}

  async catchUp(manager: EntityManager, now: Date = this.clock.now()): Promise<MatchReport> {
    const report: MatchReport = { alertsMatched: 0, matchesFromAlerts: 0, matchesFromJobs: 0, expiredGuests: 0 };
    report.expiredGuests = await this.store.deleteExpiredUnconfirmed(manager, now);
    for (;;) {
      const alerts = await this.store.unmatched(manager, ALERT_BATCH);
      if (!alerts.length) break;
      const cost = await this.tokenCost(manager, now);
      const batch = alerts.map((alert) => ({ id: alert.id, version: alert.criteriaVersion, tokens: alertTokens(alert, cost) }));
      report.matchesFromAlerts += await this.store.saveTokensAndMatch(manager, batch, now);
      report.alertsMatched += alerts.length;
      if (alerts.length < ALERT_BATCH) break;
    }
    const through = await this.store.jobsMatchedThrough(manager);
    const from = new Date((through ?? new Date(now.getTime() - FIRST_RUN_LOOK_BACK_MS)).getTime() - LOOK_BACK_MS);
    if (from.getTime() < now.getTime()) report.matchesFromJobs = await this.store.matchOpenedJobs(manager, from, now);
    await this.store.setJobsMatchedThrough(manager, now);
    if (report.alertsMatched || report.matchesFromJobs) {
      this.logger.log(
        `Matched ${report.alertsMatched} new or changed alerts (${report.matchesFromAlerts} jobs) and the jobs opened since ${from.toISOString()} (${report.matchesFromJobs} matches)`,
      );
    }
    return report;
  }

  /** Rarer tokens make better anchors: counts in a sample of recent jobs, refreshed hourly. */
  private async tokenCost(manager: EntityManager, now: Date): Promise<TokenCost> {
    if (this.stats && now.getTime() - this.stats.at < TOKEN_STATS_TTL_MS) return this.stats.cost;
    const counts = await this.store.tokenCounts(manager, TOKEN_SAMPLE);
    // A token not in the sample is rare, but not free: half a job.
    const cost: TokenCost = (token) => counts.get(token) ?? 0.5;
    this.stats = { cost, at: now.getTime() };
    return cost;
  }
}
