import { Injectable } from '@nestjs/common';
import { jobSearchPath, webPath, WebRoute } from '@nextstep/contracts';
import { createJobAlertConfirmToken, createJobAlertsManageToken, createJobAlertUnsubscribeToken, JOB_ALERT_LISTED } from '@nextstep/mail';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { MicroBatcher } from '../common/micro-batcher';
import { EMAIL_CONCURRENCY } from '../queues/email-concurrency';
import type { ContentDecision } from '../sending/email-decision';
import type { ClaimedEmail } from '../store/scheduled-email.store';
import { JobAlertStore, type AlertSendContext } from './job-alert.store';

/** The e-mail kinds this service decides; the processor sends them like any other. */
export const JOB_ALERT_EMAIL_KINDS: ReadonlySet<string> = new Set(['job_alert', 'job_alert_confirmation']);

const skip = (reason: string): ContentDecision => ({ send: false, reason });

/**
 * Decides, at send time, whether an alert e-mail still goes and what it
 * says: the alert must still be on and confirmed, its account not erased
 * or deactivated, and at least one of its jobs still open (closed ones are
 * left out). A guest's confirmation goes while it is unconfirmed and unexpired.
 */
@Injectable()
export class JobAlertEmails {
  // Up to EMAIL_CONCURRENCY sends at once share one read.
  private readonly contexts = new MicroBatcher(
    (keys: Array<{ id: string; now: Date }>) => this.store.loadForSend(keys.map((key) => key.id), keys[0]?.now ?? new Date(), JOB_ALERT_LISTED),
    { maxBatch: EMAIL_CONCURRENCY, waitMs: 5 },
  );

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly store: JobAlertStore,
  ) {}

  async decide(row: ClaimedEmail, now: Date): Promise<ContentDecision> {
    const context = await this.contexts.load({ id: row.id, now });
    return this.decideFrom(context, now);
  }

  decideFrom(context: AlertSendContext | null, now: Date): ContentDecision {
    const alert = context?.alert;
    if (!context || !alert) return skip('the job alert was deleted');
    const base = this.config.appBaseUrl;
    const summary = { name: alert.name, frequency: alert.frequency };

    if (context.kind === 'job_alert_confirmation') {
      if (alert.confirmedAt) return skip('the address was already confirmed');
      if (!alert.guestEmail || !alert.confirmNonce || !alert.confirmExpiresAt) return skip('the alert has no confirmation to ask for');
      if (alert.confirmExpiresAt.getTime() <= now.getTime()) return skip('the confirmation link expired before it could be sent');
      const token = createJobAlertConfirmToken({ alertId: alert.id, nonce: alert.confirmNonce, expiresAt: alert.confirmExpiresAt }, this.config.jwtSecret);
      return {
        send: true,
        content: {
          kind: 'job_alert_confirmation',
          data: {
            recipient: { email: alert.guestEmail, timeZone: alert.timeZone },
            alert: summary,
            expiresAt: alert.confirmExpiresAt,
            links: { portal: `${base}/`, confirm: `${base}/api/job-alerts/confirm/${token}` },
          },
        },
        to: [{ name: '', email: alert.guestEmail }],
        cc: [],
        replyTo: null,
      };
    }

    if (!alert.active) return skip('the alert was stopped');
    if (!alert.confirmedAt) return skip('the address was never confirmed');
    const user = alert.user;
    if (user?.erasedAt) return skip('the candidate erased their account');
    if (user?.deactivatedAt) return skip('the candidate account is deactivated');
    const email = user?.email ?? alert.guestEmail;
    if (!email) return skip('the alert has no address');
    if (!context.jobs.length) return skip('none of its new jobs is still open');

    const owner = user ? { userId: user.id } : alert.emailKey ? { emailKey: alert.emailKey } : null;
    if (!owner) return skip('the alert has no owner');
    const ownerPage = `${base}/api/job-alerts/manage/${createJobAlertsManageToken(owner, this.config.jwtSecret)}`;
    // Candidates manage their alerts in the portal; a guest has no account, so the signed page is theirs.
    const manage = user ? `${base}${webPath(WebRoute.jobAlerts, {})}` : ownerPage;
    return {
      send: true,
      content: {
        kind: 'job_alert',
        data: {
          recipient: { firstName: user?.firstName ?? null, email, timeZone: alert.timeZone },
          alert: summary,
          jobs: context.jobs.map((job) => ({
            title: job.title,
            city: job.city,
            region: job.region,
            employmentType: job.employmentType,
            pay: { minCents: job.payMinCents, maxCents: job.payMaxCents, period: job.payPeriod },
            snippet: job.description,
            url: `${base}${webPath(WebRoute.job, { jobId: job.id })}`,
          })),
          moreCount: Math.max(0, context.openCount - context.jobs.length),
          links: {
            portal: `${base}/`,
            unsubscribe: `${base}/api/job-alerts/unsubscribe/${createJobAlertUnsubscribeToken(alert.id, this.config.jwtSecret)}`,
            unsubscribeAll: `${ownerPage}?all=1`,
            manage,
            search: `${base}${jobSearchPath(alert.criteria)}`,
          },
        },
      },
      to: [{ name: user ? `${user.firstName} ${user.lastName}` : '', email }],
      cc: [],
      replyTo: null,
    };
  }
}
