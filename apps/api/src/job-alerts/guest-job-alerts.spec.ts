import { JobAlert, ScheduledEmail } from '@nextstep/db';
import { createJobAlertConfirmToken, createJobAlertsManageToken, createJobAlertUnsubscribeToken } from '@nextstep/mail';
import { Clock } from '@nextstep/platform';
import { testConfig } from '@nextstep/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCandidate, startTestApp, uniqueEmail, type TestApp } from '../testing/test-app';

class TestClock extends Clock {
  at = new Date('2026-12-01T15:00:00Z');
  now(): Date {
    return new Date(this.at);
  }
}

const secret = testConfig().jwtSecret;
const HOUR = 3_600_000;
const ONE_CLICK = { 'content-type': 'application/x-www-form-urlencoded' };

describe('job alerts for guests: double opt-in', () => {
  const clock = new TestClock();
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
  });
  afterAll(() => t.close());

  const createGuest = (email: string, extra: Record<string, unknown> = {}) =>
    t.request('POST', '/api/job-alerts', { body: { email, q: 'forklift operator', frequency: 'daily', ...extra } });
  const alertsOf = (email: string) =>
    t.dataSource.getRepository(JobAlert).find({ where: { email }, select: { id: true, confirmedAt: true, confirmNonce: true, confirmExpiresAt: true, active: true }, order: { createdAt: 'ASC' } });
  const emailsOf = (alertId: string) => t.dataSource.getRepository(ScheduledEmail).find({ where: { jobAlertId: alertId } });
  const tokenFor = async (email: string) => {
    const [alert] = await alertsOf(email);
    if (!alert?.confirmNonce || !alert.confirmExpiresAt) throw new Error('no pending alert');
    return { alert, token: createJobAlertConfirmToken({ alertId: alert.id, nonce: alert.confirmNonce, expiresAt: alert.confirmExpiresAt }, secret) };
  };

  it('answers the same for a new address, one that has alerts and one that has an account', async () => {
    const fresh = uniqueEmail('guest');
    const known = uniqueEmail('guest');
    await createGuest(known);
    const member = (await signUpCandidate(t)).email;
    const answers = await Promise.all([createGuest(fresh), createGuest(known), createGuest(member)]);
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(202);
      expect(res.body).toBe(answers[0]?.body);
    }
    expect(answers[0]?.json<{ message: string }>().message).toMatch(/confirm/);
  });

  it('keeps the address as sign-up does: trimmed and lower-cased, and only in the plain form that goes into a header', async () => {
    const email = uniqueEmail('guest');
    expect((await createGuest(`  ${email.toUpperCase()} `)).statusCode).toBe(202);
    expect(await alertsOf(email)).toHaveLength(1);
    // Each is a valid address in RFC 5322 and none is one a person types; the quoted ones could carry a header.
    for (const odd of ['"sam\r\nbcc: x@example.com"@example.com', '"sam smith"@example.com', 'sam@localhost']) {
      const res = await createGuest(odd);
      expect(res.statusCode, odd).toBe(400);
      expect(res.json<{ fields?: Record<string, unknown> }>().fields, odd).toHaveProperty('email');
    }
  });

  it('stores the alert unconfirmed and plans only the confirmation e-mail; nothing else until confirmed', async () => {
    const email = uniqueEmail('guest');
    expect((await createGuest(email, { timeZone: 'America/New_York', frequency: 'instant' })).statusCode).toBe(202);
    const [alert] = await alertsOf(email);
    expect(alert?.confirmedAt).toBeNull();
    expect(alert?.confirmExpiresAt).toEqual(new Date(clock.now().getTime() + 48 * HOUR));
    const emails = await emailsOf(alert?.id ?? '');
    expect(emails.map((row) => [row.kind, row.status, row.recipientUserId, row.applicationId])).toEqual([['job_alert_confirmation', 'scheduled', null, null]]);
  });

  it('confirms with the signed token; a forged, altered, expired or reused token is refused', async () => {
    const email = uniqueEmail('guest');
    await createGuest(email);
    const { alert, token } = await tokenFor(email);

    // Someone else's secret, and a genuine token for another alert id.
    const forged = createJobAlertConfirmToken({ alertId: alert.id, nonce: alert.confirmNonce ?? '', expiresAt: alert.confirmExpiresAt ?? clock.now() }, 'a-forged-secret-that-is-32-characters-long');
    expect((await t.request('POST', `/api/job-alerts/confirm/${forged}`)).statusCode).toBe(404);
    const wrongNonce = createJobAlertConfirmToken({ alertId: alert.id, nonce: 'guessed', expiresAt: alert.confirmExpiresAt ?? clock.now() }, secret);
    expect((await t.request('POST', `/api/job-alerts/confirm/${wrongNonce}`)).statusCode).toBe(404);
    const unknown = createJobAlertConfirmToken({ alertId: randomUUID(), nonce: 'x', expiresAt: alert.confirmExpiresAt ?? clock.now() }, secret);
    expect((await t.request('POST', `/api/job-alerts/confirm/${unknown}`)).statusCode).toBe(404);
    expect((await t.request('POST', `/api/job-alerts/confirm/not-a-token`)).statusCode).toBe(404);

    // The page only asks.
    const page = await t.request('GET', `/api/job-alerts/confirm/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Yes, send me new jobs');
    expect((await alertsOf(email))[0]?.confirmedAt).toBeNull();

    const confirmed = await t.request('POST', `/api/job-alerts/confirm/${token}`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ confirmed: true, frequency: 'daily' });
    const [after] = await alertsOf(email);
    expect(after?.confirmedAt).toEqual(clock.now());
    expect(after?.confirmNonce).toBeNull();

    const again = await t.request('POST', `/api/job-alerts/confirm/${token}`);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('JOB_ALERT_LINK_USED');
    expect((await t.request('GET', `/api/job-alerts/confirm/${token}`)).body).toContain('already confirmed');
  });

  it('refuses a token after 48 hours', async () => {
    const email = uniqueEmail('guest');
    await createGuest(email);
    const { token } = await tokenFor(email);
    const created = clock.now();
    clock.at = new Date(created.getTime() + 48 * HOUR);
    try {
      expect((await t.request('GET', `/api/job-alerts/confirm/${token}`)).body).toContain('expired');
      const res = await t.request('POST', `/api/job-alerts/confirm/${token}`);
      expect(res.statusCode).toBe(409);
      expect(res.json<{ code: string }>().code).toBe('JOB_ALERT_LINK_EXPIRED');
      expect((await alertsOf(email))[0]?.confirmedAt).toBeNull();
    } finally {
      clock.at = created;
    }
  });

  it('sends a stranger at most three confirmation requests a day, and answers as if it had', async () => {
    const email = uniqueEmail('stranger');
    for (let i = 0; i < 5; i += 1) expect((await createGuest(email, { q: `welder ${i}` })).statusCode).toBe(202);
    const alerts = await alertsOf(email);
    expect(alerts).toHaveLength(3);
    const emails = await t.dataSource.getRepository(ScheduledEmail).find({ where: alerts.map((alert) => ({ jobAlertId: alert.id })) });
    expect(emails).toHaveLength(3);
  });

  it('a guest’s unsubscribe deletes the alert and the address with it; “all alerts” goes by the address', async () => {
    const email = uniqueEmail('guest');
    await createGuest(email);
    await createGuest(email, { q: 'warehouse' });
    const [first, second] = await alertsOf(email);
    const one = await t.request('POST', `/api/job-alerts/unsubscribe/${createJobAlertUnsubscribeToken(first?.id ?? '', secret)}`, {
      headers: ONE_CLICK,
      body: 'List-Unsubscribe=One-Click',
    });
    expect(one.statusCode).toBe(204);
    expect((await alertsOf(email)).map((alert) => alert.id)).toEqual([second?.id]);
    // The key is the address's, whatever its case.
    const [{ key }] = (await t.dataSource.query(`SELECT encode(job_alert_email_key($1), 'hex') AS key`, [email.toUpperCase()])) as [{ key: string }];
    const all = createJobAlertsManageToken({ emailKey: key }, secret);
    expect((await t.request('POST', `/api/job-alerts/manage/${all}/unsubscribe-all`)).statusCode).toBe(204);
    expect(await alertsOf(email)).toEqual([]);
  });

  it('refuses bad input with 400 naming the field, before anything is stored', async () => {
    const email = uniqueEmail('guest');
    for (const [body, field] of [
      [{ email: 'not-an-address', frequency: 'daily' }, 'email'],
      [{ email, frequency: 'daily', timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ email, frequency: 'daily', role: 'admin' }, 'role'],
    ] as const) {
      const res = await t.request('POST', '/api/job-alerts', { body });
      expect(res.statusCode, res.body).toBe(400);
      expect(Object.keys(res.json<{ fields: Record<string, string> }>().fields)).toContain(field);
    }
    expect(await alertsOf(email)).toEqual([]);
  });
});
