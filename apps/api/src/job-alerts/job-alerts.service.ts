import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, jobSearchPath } from '@nextstep/contracts';
import { JOB_ALERTS_PER_PERSON, JobAlert, ScheduledEmail } from '@nextstep/db';
import {
  createJobAlertUnsubscribeToken,
  verifyJobAlertConfirmToken,
  verifyJobAlertsManageToken,
  verifyJobAlertUnsubscribeToken,
  type JobAlertOwner,
} from '@nextstep/mail';
import { Clock, InjectConfig, type AppConfig } from '@nextstep/platform';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull, Repository, type EntityManager } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import type { CreateGuestJobAlertDto, CreateJobAlertDto, UpdateJobAlertDto } from './dto/job-alert-input.dto';
import { CRITERIA_KEYS } from './dto/job-alert-input.dto';
import type { JobAlertConfirmedDto, JobAlertDto } from './dto/job-alert.dto';
import { criteriaInputOf, JobAlertCriteria, sameCriteria, type CriteriaInput, type StoredCriteria } from './job-alert-criteria.service';
import { JobAlertMailQueue } from './job-alert-mail.queue';

/** How long a guest's confirmation link works. */
export const CONFIRM_LINK_HOURS = 48;
/** Confirmation e-mails one address can be sent per day: enough for a person, too few to pester a stranger. */
export const GUEST_CONFIRMATIONS_PER_DAY = 3;
/** A guest's 08:00 when neither a branch nor a location says where they are. */
const FALLBACK_TIME_ZONE = 'America/Chicago';
/** Stored in scheduled_emails.kind (an EmailKind of @nextstep/mail). */
const CONFIRMATION_KIND = 'job_alert_confirmation';

export const GUEST_ALERT_ACCEPTED =
  'Check your inbox: we sent a link to confirm the alert. Nothing else is sent until you confirm it; the link works for 48 hours.';

const NOT_VALID = 'This link is not valid. Use the newest e-mail from Nextstep, or create the alert again.';

/** What the "manage alerts" page shows. */
export interface ManagedAlerts {
  owner: JobAlertOwner;
  alerts: Array<Pick<JobAlert, 'id' | 'name' | 'frequency' | 'active'>>;
}

@Injectable()
export class JobAlertsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(JobAlert) private readonly alerts: Repository<JobAlert>,
    private readonly criteria: JobAlertCriteria,
    private readonly mailQueue: JobAlertMailQueue,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  // --- a candidate's own alerts ---

  async list(userId: string): Promise<JobAlertDto[]> {
    const alerts = await this.alerts.find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.views(alerts);
  }

  async create(userId: string, dto: CreateJobAlertDto): Promise<JobAlertDto> {
    const criteria = await this.criteria.resolve(dto);
    const name = dto.name ?? (await this.criteria.describe(criteria));
    const now = this.clock.now();
    const alert = await this.dataSource.transaction(async (manager) => {
      // The row lock makes "at most 20" hold when two requests arrive at once.
      const [user] = (await manager.query(`SELECT time_zone FROM users WHERE id = $1 FOR UPDATE`, [userId])) as Array<{ time_zone: string }>;
      if (!user) throw new NotFoundException('Your account no longer exists.');
      await this.checkRoom(manager, `user_id = $1`, userId);
      return manager.getRepository(JobAlert).save(
        manager.getRepository(JobAlert).create({
          ...criteria,
          userId,
          email: null,
          name,
          frequency: dto.frequency,
          timeZone: user.time_zone,
          confirmedAt: now,
          activeSince: now,
        }),
      );
    });
    const [view] = await this.views([alert]);
    return view as JobAlertDto;
  }

  async update(userId: string, id: string, dto: UpdateJobAlertDto): Promise<JobAlertDto> {
    const alert = await this.alerts.findOneBy({ id, userId });
    if (!alert) throw new NotFoundException('You have no job alert with this id.');
    const changesCriteria = CRITERIA_KEYS.some((key) => dto[key] !== undefined);
    if (changesCriteria) {
      const input: CriteriaInput = { ...criteriaInputOf(alert) };
      // Where the alert looks is one choice: a new postal code replaces coordinates, and the other way round.
      if (dto.postalCode !== undefined) Object.assign(input, { lat: null, lng: null });
      if (dto.lat !== undefined || dto.lng !== undefined) input.postalCode = null;
      for (const key of CRITERIA_KEYS) if (dto[key] !== undefined) Object.assign(input, { [key]: dto[key] });
      const next: StoredCriteria = await this.criteria.resolve(input);
      if (!sameCriteria(alert, next)) {
        Object.assign(alert, next);
        // The worker matches the new criteria from the last e-mail on; jobs already listed stay listed once.
        alert.criteriaVersion += 1;
      }
    }
    if (dto.name !== undefined) alert.name = dto.name;
    if (dto.frequency !== undefined) alert.frequency = dto.frequency;
    if (dto.active !== undefined && dto.active !== alert.active) {
      alert.active = dto.active;
      if (dto.active) {
        // Resumed: what opened while it was paused is not news to the person.
        alert.activeSince = this.clock.now();
        alert.unsubscribedAt = null;
        alert.criteriaVersion += 1;
      }
    }
    const [view] = await this.views([await this.alerts.save(alert)]);
    return view as JobAlertDto;
  }

  async remove(userId: string, id: string): Promise<void> {
    const result = await this.alerts.delete({ id, userId });
    if (!result.affected) throw new NotFoundException('You have no job alert with this id.');
  }

  // --- guests ---

  /**
   * Creates a guest's alert, unconfirmed, and queues the confirmation e-mail.
   * Answers the same whatever the address: whether it already has alerts,
   * belongs to an account or has reached a limit is never told.
   */
  async createForGuest(dto: CreateGuestJobAlertDto): Promise<void> {
    const criteria = await this.criteria.resolve(dto);
    const name = dto.name ?? (await this.criteria.describe(criteria));
    const timeZone = dto.timeZone ?? (await this.criteria.zoneFor(criteria)) ?? FALLBACK_TIME_ZONE;
    const email = dto.email.trim();
    const now = this.clock.now();
    const emailId = await this.dataSource.transaction(async (manager) => {
      // Serialises requests for one address, so the limits hold under concurrency.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended(lower($1), 16))`, [email]);
      const [counts] = (await manager.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE confirmed_at IS NULL AND created_at > $2)::int AS recent_unconfirmed
           FROM job_alerts WHERE lower(email) = lower($1)`,
        [email, new Date(now.getTime() - 86_400_000)],
      )) as Array<{ total: number; recent_unconfirmed: number }>;
      if (!counts || counts.total >= JOB_ALERTS_PER_PERSON || counts.recent_unconfirmed >= GUEST_CONFIRMATIONS_PER_DAY) return null;
      const alert = await manager.getRepository(JobAlert).save(
        manager.getRepository(JobAlert).create({
          ...criteria,
          userId: null,
          email,
          name,
          frequency: dto.frequency,
          timeZone,
          confirmedAt: null,
          confirmNonce: randomBytes(12).toString('base64url'),
          confirmExpiresAt: new Date(now.getTime() + CONFIRM_LINK_HOURS * 3_600_000),
          activeSince: now,
        }),
      );
      const row = await manager.getRepository(ScheduledEmail).save(
        manager.getRepository(ScheduledEmail).create({
          applicationId: null,
          jobAlertId: alert.id,
          recipientUserId: null,
          kind: CONFIRMATION_KIND,
          dedupeKey: `${CONFIRMATION_KIND}:${alert.id}`,
          sendAt: now,
        }),
      );
      return row.id;
    });
    if (emailId) await this.mailQueue.wake(emailId);
  }

  /** A guest's confirmation link: checks the token, its expiry and that it was not used, then starts the alert. */
  async confirm(token: string): Promise<JobAlertConfirmedDto> {
    const claim = verifyJobAlertConfirmToken(token, this.config.jwtSecret);
    if (!claim) throw new NotFoundException(NOT_VALID);
    const alert = await this.alerts.findOne({
      where: { id: claim.alertId },
      select: { id: true, name: true, frequency: true, confirmedAt: true, confirmNonce: true },
    });
    if (!alert) throw new NotFoundException(NOT_VALID);
    const now = this.clock.now();
    if (alert.confirmedAt) {
      throw new ApiError(HttpStatus.CONFLICT, ErrorCode.JOB_ALERT_LINK_USED, 'This link was already used: the alert is confirmed.');
    }
    if (claim.expiresAt.getTime() <= now.getTime()) {
      throw new ApiError(
        HttpStatus.CONFLICT,
        ErrorCode.JOB_ALERT_LINK_EXPIRED,
        `This link has expired (links work for ${CONFIRM_LINK_HOURS} hours). Create the alert again to get a new one.`,
      );
    }
    if (alert.confirmNonce !== claim.nonce) throw new NotFoundException(NOT_VALID);
    // The nonce goes in the same statement that confirms: a second use finds nothing to update.
    const result = await this.alerts.update(
      { id: alert.id, confirmNonce: claim.nonce, confirmedAt: IsNull() },
      { confirmedAt: now, confirmNonce: null, activeSince: now },
    );
    if (!result.affected) {
      throw new ApiError(HttpStatus.CONFLICT, ErrorCode.JOB_ALERT_LINK_USED, 'This link was already used: the alert is confirmed.');
    }
    return { confirmed: true, name: alert.name, frequency: alert.frequency };
  }

  /** Whether a confirmation token is genuine, for the page that shows the button (it changes nothing). */
  async confirmationState(token: string): Promise<'pending' | 'confirmed' | 'expired'> {
    const claim = verifyJobAlertConfirmToken(token, this.config.jwtSecret);
    const alert = claim ? await this.alerts.findOne({ where: { id: claim.alertId }, select: { id: true, confirmedAt: true } }) : null;
    if (!claim || !alert) throw new NotFoundException(NOT_VALID);
    if (alert.confirmedAt) return 'confirmed';
    return claim.expiresAt.getTime() <= this.clock.now().getTime() ? 'expired' : 'pending';
  }

  // --- links in alert e-mails ---

  /** The alert a one-click unsubscribe token names (null when it was already removed); 404 when forged. */
  async alertForUnsubscribe(token: string): Promise<Pick<JobAlert, 'id' | 'name'> | null> {
    const alertId = verifyJobAlertUnsubscribeToken(token, this.config.jwtSecret);
    if (!alertId) throw new NotFoundException(NOT_VALID);
    return this.alerts.findOne({ where: { id: alertId }, select: { id: true, name: true } });
  }

  /**
   * Stops one alert: a candidate's is paused (they can start it again in the
   * portal), a guest's is deleted with its address. Doing it twice is fine.
   */
  async unsubscribe(token: string): Promise<void> {
    const alert = await this.alertForUnsubscribe(token);
    if (alert) await this.dataSource.transaction((manager) => this.stop(manager, `id = $1`, alert.id));
  }

  /** The one-click link of an alert, for the "manage" page's stop buttons. */
  unsubscribeTokenFor(alertId: string): string {
    return createJobAlertUnsubscribeToken(alertId, this.config.jwtSecret);
  }

  async managed(token: string): Promise<ManagedAlerts> {
    const owner = verifyJobAlertsManageToken(token, this.config.jwtSecret);
    if (!owner) throw new NotFoundException(NOT_VALID);
    const [where, value] = ownerFilter(owner);
    const alerts = (await this.dataSource.query(`SELECT id, name, frequency, active FROM job_alerts WHERE ${where} ORDER BY created_at, id`, [
      value,
    ])) as ManagedAlerts['alerts'];
    return { owner, alerts };
  }

  async unsubscribeAll(token: string): Promise<void> {
    const owner = verifyJobAlertsManageToken(token, this.config.jwtSecret);
    if (!owner) throw new NotFoundException(NOT_VALID);
    const [where, value] = ownerFilter(owner);
    await this.dataSource.transaction((manager) => this.stop(manager, where, value));
  }

  private async stop(manager: EntityManager, where: string, value: string): Promise<void> {
    // E-mails already planned go nowhere; the worker checks the alert again before sending anyway.
    await manager.query(
      `UPDATE scheduled_emails SET status = 'cancelled', reason = 'cancelled: the alert was unsubscribed', updated_at = now()
        WHERE status = 'scheduled' AND job_alert_id IN (SELECT id FROM job_alerts WHERE ${where})`,
      [value],
    );
    await manager.query(`DELETE FROM job_alerts WHERE user_id IS NULL AND ${where}`, [value]);
    await manager.query(
      `UPDATE job_alerts SET active = false, unsubscribed_at = $2, updated_at = now() WHERE user_id IS NOT NULL AND active AND ${where}`,
      [value, this.clock.now()],
    );
  }

  private async checkRoom(manager: EntityManager, where: string, value: string): Promise<void> {
    const [row] = (await manager.query(`SELECT count(*)::int AS count FROM job_alerts WHERE ${where}`, [value])) as Array<{ count: number }>;
    if ((row?.count ?? 0) >= JOB_ALERTS_PER_PERSON) {
      throw new ApiError(
        HttpStatus.CONFLICT,
        ErrorCode.JOB_ALERT_LIMIT_REACHED,
        `You already have ${JOB_ALERTS_PER_PERSON} job alerts, the most one person can keep. Delete one you no longer need first.`,
      );
    }
  }

  private async views(alerts: JobAlert[]): Promise<JobAlertDto[]> {
    const ids = alerts.map((alert) => alert.id);
    const sent = ids.length
      ? ((await this.dataSource.query(
          `SELECT job_alert_id, max(sent_at) AS sent_at FROM scheduled_emails
            WHERE job_alert_id = ANY($1::uuid[]) AND kind = 'job_alert' AND status = 'sent' GROUP BY job_alert_id`,
          [ids],
        )) as Array<{ job_alert_id: string; sent_at: Date }>)
      : [];
    const lastSent = new Map(sent.map((row) => [row.job_alert_id, row.sent_at]));
    return alerts.map((alert) => ({
      id: alert.id,
      name: alert.name,
      frequency: alert.frequency,
      active: alert.active,
      timeZone: alert.timeZone,
      criteria: {
        q: alert.q,
        employmentType: alert.employmentTypes ?? [],
        branchId: alert.branchId,
        postalCode: alert.postalCode,
        lat: alert.latitude,
        lng: alert.longitude,
        radiusKm: alert.radiusKm,
        payMin: alert.payMinDollars,
      },
      searchPath: jobSearchPath({ ...alert, lat: alert.latitude, lng: alert.longitude, payMin: alert.payMinDollars }),
      createdAt: alert.createdAt.toISOString(),
      lastSentAt: lastSent.get(alert.id)?.toISOString() ?? null,
    }));
  }
}

function ownerFilter(owner: JobAlertOwner): [string, string] {
  return 'userId' in owner ? ['user_id = $1::uuid', owner.userId] : [`user_id IS NULL AND job_alert_email_key(email) = decode($1, 'hex')`, owner.emailKey];
}
