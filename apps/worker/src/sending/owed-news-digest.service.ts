import { Inject, Injectable, Logger } from '@nestjs/common';
import { webPath, WebRoute } from '@nextstep/contracts';
import { Branch } from '@nextstep/db';
import { OWED_NEWS_WITHIN_DAYS } from '@nextstep/guidance';
import { MailRenderer, type MailSender, type OwedNewsEntry } from '@nextstep/mail';
import { Clock, InjectConfig, InjectRedis, type AppConfig } from '@nextstep/platform';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { MAIL_SENDER } from './scheduled-email.processor';

/** The BullMQ job-scheduler id for one branch's digest. */
export function owedNewsSchedulerId(branchId: string): string {
  return `owed-news-digest:${branchId}`;
}

/**
 * Tells a branch's recruiters which interviewed candidates are about to reach
 * the day they should call, so the agency can give news first.
 * Sent at most once per recruiter and local day (a Redis key taken before the
 * send): a retried job skips recruiters already served.
 */
@Injectable()
export class OwedNewsDigestService {
  private readonly logger = new Logger(OwedNewsDigestService.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly renderer: MailRenderer,
    @Inject(MAIL_SENDER) private readonly sender: MailSender,
    @InjectRedis() private readonly redis: Redis,
    private readonly clock: Clock,
  ) {}

  async send(branchId: string): Promise<number> {
    const branch = await this.dataSource.getRepository(Branch).findOneBy({ id: branchId });
    if (!branch) return 0;
    const now = this.clock.now();
    const rows = (await this.dataSource.query(
      `SELECT a.id, u.first_name, u.last_name, j.title, a.follow_up_due_at,
              (SELECT max(COALESCE(i.completed_at, i.scheduled_at + i.duration_minutes * interval '1 minute'))
                 FROM interviews i WHERE i.application_id = a.id AND i.status <> 'cancelled') AS ended_at
         FROM applications a JOIN jobs j ON j.id = a.job_id JOIN users u ON u.id = a.candidate_id
        WHERE j.branch_id = $1 AND a.status = 'interviewed' AND a.follow_up_due_at IS NOT NULL
          AND a.follow_up_due_at <= $2 AND u.erased_at IS NULL
        ORDER BY a.follow_up_due_at`,
      [branchId, new Date(now.getTime() + OWED_NEWS_WITHIN_DAYS * 86_400_000)],
    )) as Array<{ id: string; first_name: string; last_name: string; title: string; follow_up_due_at: Date; ended_at: Date | null }>;
    if (!rows.length) return 0;
    const entries: OwedNewsEntry[] = rows.map((row) => ({
      candidateName: `${row.first_name} ${row.last_name}`,
      jobTitle: row.title,
      interviewEndedAt: row.ended_at ?? row.follow_up_due_at,
      followUpDueAt: row.follow_up_due_at,
      applicationUrl: `${this.config.appBaseUrl}${webPath(WebRoute.recruiterApplication, { applicationId: row.id })}`,
    }));
    const recruiters = (await this.dataSource.query(
      `SELECT id, first_name, last_name, email FROM users
        WHERE role = 'recruiter' AND branch_id = $1 AND deactivated_at IS NULL AND erased_at IS NULL`,
      [branchId],
    )) as Array<{ id: string; first_name: string; last_name: string; email: string }>;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: branch.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
    const host = new URL(this.config.appBaseUrl).hostname;
    let sent = 0;
    for (const recruiter of recruiters) {
      const key = `${this.config.redis.prefix}:owed-news-sent:${branchId}:${recruiter.id}:${day}`;
      if ((await this.redis.set(key, '1', 'EX', 2 * 86_400, 'NX')) !== 'OK') continue;
      const name = `${recruiter.first_name} ${recruiter.last_name}`;
      const rendered = this.renderer.render('owed_news_digest', {
        recipient: { name, email: recruiter.email, timeZone: branch.timeZone },
        branch: { name: branch.name },
        asOf: now,
        dueWithinDays: OWED_NEWS_WITHIN_DAYS,
        entries,
        links: { portal: `${this.config.appBaseUrl}${webPath(WebRoute.recruiterApplications, {}, { owedNews: 'true' })}` },
      });
      try {
        await this.sender.send({ to: { name, email: recruiter.email }, rendered, messageId: `<owed-news-${branchId}-${recruiter.id}-${day}@${host}>` });
        sent += 1;
      } catch (error) {
        // Give the key back so the retry (BullMQ attempts) sends this one.
        await this.redis.del(key);
        throw error;
      }
    }
    this.logger.log(`Owed-news digest for ${branch.name}: ${entries.length} candidates, ${sent} recruiters`);
    return sent;
  }
}
