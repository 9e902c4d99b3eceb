import { JobAlert, JobAlertMatch, ScheduledEmail } from '@nextstep/db';
import { createJobAlertConfirmToken, verifyJobAlertConfirmToken, verifyJobAlertUnsubscribeToken } from '@nextstep/mail';
import { headerOf } from '@nextstep/mail/testing';
import { testConfig } from '@nextstep/testing';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { EmailQueue } from '../queues/email.queue';
import { closeAfterEach, eventually, idle, startSendingWorker } from '../testing/worker-fixtures';
import { alertSchedulerId } from './alert-windows';
import { JobAlertMatcher } from './job-alert-matcher.service';
import type { RunReport } from './job-alert-runs.service';
import { JobAlertStore } from './job-alert.store';
import { createAlert, createBoard, createCandidate, fireScheduler, MINUTE, syncAlertSchedulers, TestClock } from './testing/alert-fixtures';

const cleanup = closeAfterEach();

const secret = testConfig().jwtSecret;
/** Tuesday, December 1, 2026, 07:00 in Chicago. */
const T0 = new Date('2026-12-01T13:00:00Z');
const INSTANT = alertSchedulerId('instant', null);

async function setup(clock: TestClock) {
  // The default send window (business hours), unlike the other sending tests: the alert tests' clock sets the hour.
  const started = await startSendingWorker(cleanup, { SEND_WINDOW: 'business-hours', JOB_ALERT_BATCH_MINUTES: '15' }, { clock });
  await started.dataSource.query('TRUNCATE job_alerts, job_alert_matches, job_alert_matcher_state CASCADE');
  return started;
}


/** The confirmation e-mail row POST /api/job-alerts writes beside a guest's alert, due at T0. */
const confirmationOf = (dataSource: DataSource, jobAlertId: string) =>
  dataSource.getRepository(ScheduledEmail).save({
    applicationId: null,
    jobAlertId,
    recipientUserId: null,
    kind: 'job_alert_confirmation',
    dedupeKey: `job_alert_confirmation:${jobAlertId}`,
    sendAt: T0,
  });

const alertEmails = (dataSource: DataSource, alertId: string) =>
  dataSource.getRepository(ScheduledEmail).find({ where: { jobAlertId: alertId, kind: 'job_alert' }, order: { createdAt: 'ASC' } });

describe('job alerts: matching and sending', () => {
  it('instant: a matching job that opens arrives within its batch window, listed; a second run sends nothing', async () => {
    const clock = new TestClock(T0);
    const { sink, worker, dataSource } = await setup(clock);
    const board = await createBoard(dataSource);
    const maria = await createCandidate(dataSource);
    const alert = await createAlert(dataSource, { userId: maria.id, frequency: 'instant', q: 'forklift operator', activeSince: new Date(T0.getTime() - 60 * MINUTE) });
    // Before the alert started: not new to it.
    await board.job({ title: 'Forklift Operator (old posting)', postedAt: new Date(T0.getTime() - 2 * 60 * MINUTE) });
    const queue = await syncAlertSchedulers(worker);

    const opened = new Date(T0.getTime() + 2 * MINUTE);
    const match = await board.job({ title: 'Forklift Operator', skills: ['forklift'], postedAt: opened });
    await board.job({ title: 'Payroll Clerk', description: 'Run payroll for 300 people.', postedAt: opened });
    await board.job({ title: 'Forklift Operator, night shift', postedAt: opened, status: 'closed' });
    await board.job({ title: 'Forklift Operator (expired)', postedAt: opened, closesAt: new Date(T0.getTime() + 5 * MINUTE) });

    // The end of the 15-minute batch that began at 13:00.
    clock.set(new Date(T0.getTime() + 15 * MINUTE - 1));
    const report = await fireScheduler<RunReport>(queue, INSTANT);
    expect(report).toEqual({ window: 'instant:2026-12-01T13:00:00.000Z', planned: 1 });
    const [email] = await sink.waitForMessages(1, 10_000);
    expect(email?.envelope.to).toEqual([maria.email]);
    expect(email?.parsed.subject).toBe(`1 new job for your alert ${alert.name}`);
    expect(email?.parsed.text).toContain('Forklift Operator\n');
    expect(email?.parsed.text).toContain(`/jobs/${match.id}`);
    for (const absent of ['old posting', 'Payroll Clerk', 'night shift', '(expired)']) expect(email?.parsed.text).not.toContain(absent);
    // A candidate manages alerts in the portal; "unsubscribe from all" is a signed page that needs no sign-in.
    expect(email?.parsed.text).toContain('Manage your job alerts: http://localhost:3000/account/job-alerts\n');
    expect(email?.parsed.text).toMatch(/Unsubscribe from all job alerts: http:\/\/localhost:3000\/api\/job-alerts\/manage\/[\w-]+\.[\w-]+\?all=1\n/);

    const [row] = await alertEmails(dataSource, alert.id);
    expect(row?.dedupeKey).toBe(`job_alert:${alert.id}:instant:2026-12-01T13:00:00.000Z`);
    expect((row?.sendAt.getTime() ?? 0) - opened.getTime()).toBeLessThanOrEqual(15 * MINUTE);
    // RFC 8058: the alert's own one-click unsubscribe.
    const unsubscribe = headerOf(email, 'List-Unsubscribe') ?? '';
    expect(unsubscribe).toMatch(/^<http:\/\/localhost:3000\/api\/job-alerts\/unsubscribe\/[\w-]+\.[\w-]+>$/);
    expect(verifyJobAlertUnsubscribeToken(/unsubscribe\/([\w.-]+)>/.exec(unsubscribe)?.[1] ?? '', secret)).toBe(alert.id);
    expect(headerOf(email, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    await eventually(async () => (await alertEmails(dataSource, alert.id))[0]?.status === 'sent', 'the row marked sent');

    // Later the same job is edited, closed and re-opened: it was sent, so it never comes back.
    await dataSource.query(`UPDATE jobs SET title = 'Forklift Operator (updated)', status = 'closed' WHERE id = $1`, [match.id]);
    await dataSource.query(`UPDATE jobs SET status = 'open', posted_at = $2 WHERE id = $1`, [match.id, new Date(T0.getTime() + 20 * MINUTE)]);
    clock.set(new Date(T0.getTime() + 30 * MINUTE));
    expect(await fireScheduler<RunReport>(queue, INSTANT)).toEqual({ window: 'instant:2026-12-01T13:30:00.000Z', planned: 0 });
    clock.set(new Date(T0.getTime() + 45 * MINUTE));
    expect((await fireScheduler<RunReport>(queue, INSTANT)).planned).toBe(0);
    await idle(worker);
    expect(sink.received).toHaveLength(1);
    expect(await alertEmails(dataSource, alert.id)).toHaveLength(1);
  });

  it('lists only jobs new since the alert’s last e-mail, each once, and sends nothing when nothing is new', async () => {
    const clock = new TestClock(T0);
    const { sink, worker, dataSource } = await setup(clock);
    const board = await createBoard(dataSource);
    const maria = await createCandidate(dataSource);
    const alert = await createAlert(dataSource, {
      userId: maria.id,
      frequency: 'instant',
      employmentTypes: ['temp_to_hire'],
      latitude: board.branch.latitude,
      longitude: board.branch.longitude,
      radiusKm: 30,
      payMinDollars: 40_000,
      activeSince: T0,
    });
    const queue = await syncAlertSchedulers(worker);
    const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);
    const fits = { employmentType: 'temp_to_hire' as const, payMinCents: 1900, payMaxCents: 2100, payPeriod: 'hour' as const };
    await board.job({ ...fits, title: 'Machine Operator', postedAt: at(1) });
    await board.job({ ...fits, title: 'Too far (Milwaukee)', latitude: 43.04, longitude: -87.91, postedAt: at(2) });
    await board.job({ ...fits, title: 'Pays too little', payMinCents: 1400, payMaxCents: 1500, postedAt: at(3) });
    await board.job({ ...fits, title: 'Direct hire only', employmentType: 'direct_hire', postedAt: at(4) });

    clock.set(at(15));
    await fireScheduler(queue, INSTANT);
    const [first] = await sink.waitForMessages(1, 10_000);
    expect(first?.parsed.text).toContain('Machine Operator');
    for (const absent of ['Milwaukee', 'too little', 'Direct hire only']) expect(first?.parsed.text).not.toContain(absent);

    await board.job({ ...fits, title: 'Line Lead', postedAt: at(20) });
    clock.set(at(30));
    await fireScheduler(queue, INSTANT);
    const [, second] = await sink.waitForMessages(2, 10_000);
    expect(second?.parsed.text).toContain('Line Lead');
    expect(second?.parsed.text).not.toContain('Machine Operator');

    clock.set(at(45));
    expect((await fireScheduler<RunReport>(queue, INSTANT)).planned).toBe(0);
    await idle(worker);
    expect(sink.received).toHaveLength(2);
    expect(await dataSource.getRepository(JobAlertMatch).countBy({ alertId: alert.id })).toBe(2);
  });

  it('daily: arrives at 08:00 in New York and in Los Angeles, each from its own time zone’s scheduler', async () => {
    // Monday, November 30, 2026, 18:00 in New York: new jobs open in the evening.
    const clock = new TestClock(new Date('2026-11-30T23:00:00Z'));
    const { sink, worker, dataSource } = await setup(clock);
    const board = await createBoard(dataSource);
    const newYorker = await createCandidate(dataSource, { timeZone: 'America/New_York', firstName: 'Nia' });
    const angeleno = await createCandidate(dataSource, { timeZone: 'America/Los_Angeles', firstName: 'Luis' });
    const since = new Date('2026-11-30T12:00:00Z');
    const nyAlert = await createAlert(dataSource, { userId: newYorker.id, timeZone: 'America/New_York', frequency: 'daily', q: 'welder', activeSince: since });
    const laAlert = await createAlert(dataSource, { userId: angeleno.id, timeZone: 'America/Los_Angeles', frequency: 'daily', q: 'welder', activeSince: since });
    await board.job({ title: 'TIG Welder', postedAt: new Date('2026-11-30T22:00:00Z') });
    const queue = await syncAlertSchedulers(worker);

    for (const [zone, utcHour] of [['America/New_York', 13], ['America/Los_Angeles', 16]] as const) {
      const scheduler = await queue.getJobScheduler(alertSchedulerId('daily', zone));
      expect(scheduler).toMatchObject({ pattern: '0 8 * * 1-5', tz: zone });
      // Whenever this test runs, the next run is a weekday at 08:00 on that zone's clock.
      const next = new Date(Number(scheduler?.next));
      const local = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(next);
      expect(local).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 08:00$/);
      expect(utcHour).toBeGreaterThan(0);
    }

    // Tuesday 08:00 in New York (13:00 UTC): only the New York alert goes.
    clock.set(new Date('2026-12-01T13:00:00Z'));
    expect(await fireScheduler<RunReport>(queue, alertSchedulerId('daily', 'America/New_York'))).toEqual({ window: 'daily:2026-12-01', planned: 1 });
    const [ny] = await sink.waitForMessages(1, 10_000);
    expect(ny?.envelope.to).toEqual([newYorker.email]);
    expect((await alertEmails(dataSource, nyAlert.id))[0]?.sendAt).toEqual(new Date('2026-12-01T13:00:00Z'));
    expect(await alertEmails(dataSource, laAlert.id)).toEqual([]);

    // Tuesday 08:00 in Los Angeles (16:00 UTC).
    clock.set(new Date('2026-12-01T16:00:00Z'));
    expect(await fireScheduler<RunReport>(queue, alertSchedulerId('daily', 'America/Los_Angeles'))).toEqual({ window: 'daily:2026-12-01', planned: 1 });
    const [, la] = await sink.waitForMessages(2, 10_000);
    expect(la?.envelope.to).toEqual([angeleno.email]);
    expect(la?.parsed.text).toContain('TIG Welder');
    expect((await alertEmails(dataSource, laAlert.id))[0]?.sendAt).toEqual(new Date('2026-12-01T16:00:00Z'));

    // The scheduler firing again that day (a retry, a second worker) plans nothing.
    expect((await fireScheduler<RunReport>(queue, alertSchedulerId('daily', 'America/Los_Angeles'))).planned).toBe(0);
    await idle(worker);
    expect(sink.received).toHaveLength(2);
  });

  it('guests: nothing but the confirmation until the address is confirmed; then the alert’s e-mails', async () => {
    const clock = new TestClock(T0);
    const { sink, worker, dataSource } = await setup(clock);
    const board = await createBoard(dataSource);
    const queue = await syncAlertSchedulers(worker);
    // What the API writes for POST /api/job-alerts: the unconfirmed alert and its confirmation e-mail.
    const nonce = 'bm9uY2UtZm9yLXRlc3Q';
    const expiresAt = new Date(T0.getTime() + 48 * 60 * MINUTE);
    const guest = await createAlert(dataSource, {
      email: 'sam.guest@example.com',
      frequency: 'instant',
      q: 'welder',
      confirmedAt: null,
      confirmNonce: nonce,
      confirmExpiresAt: expiresAt,
      activeSince: T0,
    });
    const confirmation = await confirmationOf(dataSource, guest.id);
    await board.job({ title: 'Welder', postedAt: new Date(T0.getTime() + MINUTE) });
    clock.set(new Date(T0.getTime() + 15 * MINUTE));
    expect((await fireScheduler<RunReport>(queue, INSTANT)).planned).toBe(0);

    await worker.app.get(EmailQueue).publish({ add: [{ id: confirmation.id, sendAt: T0 }], remove: [] });
    const [asked] = await sink.waitForMessages(1, 10_000);
    expect(asked?.envelope.to).toEqual(['sam.guest@example.com']);
    expect(asked?.parsed.subject).toBe(`Confirm your job alert: ${guest.name}`);
    expect(headerOf(asked, 'List-Unsubscribe')).toBeUndefined();
    const link = /\/api\/job-alerts\/confirm\/([\w.-]+)/.exec(asked?.parsed.text ?? '')?.[1] ?? '';
    expect(verifyJobAlertConfirmToken(link, secret)).toEqual({ alertId: guest.id, nonce, expiresAt });
    await idle(worker);
    expect(sink.received).toHaveLength(1);

    // The guest confirms (what POST /api/job-alerts/confirm/<token> stores); new jobs from then on.
    const confirmedAt = new Date(T0.getTime() + 20 * MINUTE);
    await dataSource.getRepository(JobAlert).update(guest.id, { confirmedAt, confirmNonce: null, activeSince: confirmedAt });
    await board.job({ title: 'Pipe Welder', postedAt: new Date(T0.getTime() + 25 * MINUTE) });
    clock.set(new Date(T0.getTime() + 30 * MINUTE));
    expect((await fireScheduler<RunReport>(queue, INSTANT)).planned).toBe(1);
    const [, alertEmail] = await sink.waitForMessages(2, 10_000);
    expect(alertEmail?.envelope.to).toEqual(['sam.guest@example.com']);
    expect(alertEmail?.parsed.text).toContain('Pipe Welder');
    // A guest has no account: "manage" is the signed page listing the address's alerts.
    expect(alertEmail?.parsed.text).toMatch(/Manage your job alerts: http:\/\/localhost:3000\/api\/job-alerts\/manage\/[\w-]+\.[\w-]+\n/);
    expect(alertEmail?.parsed.text).not.toMatch(/^- Welder$/m);
  });

  it('a confirmation whose link expired before it went is not sent', async () => {
    const clock = new TestClock(T0);
    const { sink, worker, dataSource } = await setup(clock);
    const guest = await createAlert(dataSource, {
      email: 'late@example.com',
      frequency: 'daily',
      confirmedAt: null,
      confirmNonce: 'abcdefghijklmnop',
      confirmExpiresAt: new Date(T0.getTime() - MINUTE),
      activeSince: T0,
    });
    const row = await confirmationOf(dataSource, guest.id);
    await worker.app.get(EmailQueue).publish({ add: [{ id: row.id, sendAt: T0 }], remove: [] });
    const skipped = await eventually(async () => {
      const current = await dataSource.getRepository(ScheduledEmail).findOneByOrFail({ id: row.id });
      return current.status === 'skipped' ? current : undefined;
    }, 'the row skipped');
    expect(skipped.reason).toBe('the confirmation link expired before it could be sent');
    expect(sink.received).toHaveLength(0);
    // (a token made for it would be refused by the API too: it carries the same expiry)
    expect(createJobAlertConfirmToken({ alertId: guest.id, nonce: 'abcdefghijklmnop', expiresAt: new Date(T0.getTime() - MINUTE) }, secret)).toMatch(/\./);
  });

  it('a stopped alert, and an alert of an erased or deactivated account, send nothing; the others still do', async () => {
    const clock = new TestClock(T0);
    const { sink, worker, dataSource } = await setup(clock);
    const board = await createBoard(dataSource);
    const [kept, stopped, erased, deactivated] = await Promise.all([0, 1, 2, 3].map(() => createCandidate(dataSource)));
    const alerts = [];
    for (const user of [kept, stopped, erased, deactivated]) {
      alerts.push(await createAlert(dataSource, { userId: user?.id ?? null, frequency: 'instant', q: 'cashier', activeSince: T0 }));
    }
    const queue = await syncAlertSchedulers(worker);
    await board.job({ title: 'Cashier', postedAt: new Date(T0.getTime() + MINUTE) });
    // What the one-click unsubscribe of one alert stores (POST /api/job-alerts/unsubscribe/<token>), and the account changes.
    await dataSource.getRepository(JobAlert).update(alerts[1]?.id ?? '', { active: false, unsubscribedAt: T0 });
    await dataSource.query(`UPDATE users SET deactivated_at = $2 WHERE id = $1`, [deactivated?.id, T0]);
    await dataSource.query(`UPDATE users SET erased_at = $2 WHERE id = $1`, [erased?.id, T0]);

    clock.set(new Date(T0.getTime() + 15 * MINUTE));
    expect((await fireScheduler<RunReport>(queue, INSTANT)).planned).toBe(1);
    const [email] = await sink.waitForMessages(1, 10_000);
    expect(email?.envelope.to).toEqual([kept?.email]);
    await idle(worker);
    expect(sink.received).toHaveLength(1);
    // Erasure took the alert with it (a trigger on users).
    expect(await dataSource.getRepository(JobAlert).existsBy({ id: alerts[2]?.id ?? '' })).toBe(false);
  });

  it('an edited alert is matched again under its new criteria; what the old ones found is dropped', async () => {
    const clock = new TestClock(T0);
    const { sink, worker, dataSource } = await setup(clock);
    const board = await createBoard(dataSource);
    const maria = await createCandidate(dataSource);
    const alert = await createAlert(dataSource, { userId: maria.id, frequency: 'instant', q: 'baker', activeSince: T0 });
    const queue = await syncAlertSchedulers(worker);
    await board.job({ title: 'Baker', postedAt: new Date(T0.getTime() + MINUTE) });
    await board.job({ title: 'Pastry Chef', postedAt: new Date(T0.getTime() + 2 * MINUTE) });
    clock.set(new Date(T0.getTime() + 5 * MINUTE));
    // Matching runs before every run's planning; here on its own, before the person changes the search.
    await worker.app.get(JobAlertStore).exclusive((manager) => worker.app.get(JobAlertMatcher).catchUp(manager));
    expect(await dataSource.getRepository(JobAlertMatch).countBy({ alertId: alert.id })).toBe(1);
    // What PATCH /api/me/job-alerts/:id stores for a new search text.
    await dataSource.query(`UPDATE job_alerts SET q = 'pastry chef', criteria_version = criteria_version + 1 WHERE id = $1`, [alert.id]);

    clock.set(new Date(T0.getTime() + 15 * MINUTE - 1));
    expect((await fireScheduler<RunReport>(queue, INSTANT)).planned).toBe(1);
    const [email] = await sink.waitForMessages(1, 10_000);
    expect(email?.parsed.text).toContain('Pastry Chef');
    expect(email?.parsed.text).not.toMatch(/^- Baker$/m);
  });
});
