import { createBranch } from '@nextstep/db/testing';
import { JobAlert, ScheduledEmail, type Branch } from '@nextstep/db';
import { createJobAlertsManageToken, createJobAlertUnsubscribeToken } from '@nextstep/mail';
import { Clock } from '@nextstep/platform';
import { testConfig } from '@nextstep/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCandidate, startTestApp, type SignedInUser, type TestApp } from '../testing/test-app';
import type { JobAlertDto } from './dto/job-alert.dto';

class TestClock extends Clock {
  at = new Date('2026-12-01T15:00:00Z');
  now(): Date {
    return new Date(this.at);
  }
}

const secret = testConfig().jwtSecret;
const ONE_CLICK = { 'content-type': 'application/x-www-form-urlencoded' };

describe('job alerts: a candidate’s own saved searches', () => {
  const clock = new TestClock();
  let t: TestApp;
  let ada: SignedInUser;
  let ben: SignedInUser;
  let branch: Branch;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    ada = await signUpCandidate(t, { firstName: 'Ada' });
    ben = await signUpCandidate(t, { firstName: 'Ben' });
    // A branch whose postal code the API can locate.
    branch = await createBranch(t.dataSource, { name: 'Nextstep Naperville', postalCode: '60540', latitude: 41.7508, longitude: -88.1535, timeZone: 'America/Chicago' });
  });
  afterAll(() => t.close());

  const create = (user: SignedInUser, body: Record<string, unknown>) => t.request('POST', '/api/me/job-alerts', { token: user.token, body });

  it('saves the search’s criteria, locates the postal code and names the alert after them', async () => {
    const res = await create(ada, { q: 'forklift operator', employmentType: 'temp_to_hire,temporary', postalCode: '60540', payMin: 40000, frequency: 'daily' });
    expect(res.statusCode, res.body).toBe(201);
    const alert = res.json<JobAlertDto>();
    expect(alert).toMatchObject({
      frequency: 'daily',
      active: true,
      timeZone: 'America/Chicago',
      name: '“forklift operator”, temp-to-hire or temporary, within 40 km of 60540, from $40,000 a year',
      criteria: { q: 'forklift operator', employmentType: ['temp_to_hire', 'temporary'], postalCode: '60540', lat: 41.7508, lng: -88.1535, radiusKm: 40, payMin: 40000, branchId: null },
      searchPath: '/?q=forklift+operator&employmentType=temp_to_hire%2Ctemporary&postalCode=60540&radiusKm=40&payMin=40000&sort=recent',
      lastSentAt: null,
    });
    const list = await t.request('GET', '/api/me/job-alerts', { token: ada.token });
    expect(list.json<JobAlertDto[]>().map((a) => a.id)).toContain(alert.id);
    expect((await t.request('GET', '/api/me/job-alerts', { token: ben.token })).json<JobAlertDto[]>().map((a) => a.id)).not.toContain(alert.id);
  });

  it('refuses criteria the search refuses, and combinations that cannot work, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ q: 'welder', frequency: 'hourly' }, 'frequency'],
      [{ q: 'welder' }, 'frequency'],
      [{ q: 'the and of', frequency: 'daily' }, 'q'],
      [{ radiusKm: 25, frequency: 'daily' }, 'lat'],
      [{ lat: 41.8, frequency: 'daily' }, 'lng'],
      [{ postalCode: '60540', lat: 41.8, lng: -87.6, frequency: 'daily' }, 'postalCode'],
      [{ postalCode: '00000', frequency: 'daily' }, 'postalCode'],
      [{ employmentType: 'forever', frequency: 'daily' }, 'employmentType'],
      [{ branchId: randomUUID(), frequency: 'daily' }, 'branchId'],
      [{ payMin: -5, frequency: 'daily' }, 'payMin'],
      [{ q: 'x'.repeat(201), frequency: 'daily' }, 'q'],
      [{ q: 'welder', frequency: 'daily', sort: 'recent' }, 'sort'],
    ];
    for (const [body, field] of cases) {
      const res = await create(ada, body);
      expect(res.statusCode, `${JSON.stringify(body)} → ${res.body}`).toBe(400);
      expect(Object.keys(res.json<{ fields: Record<string, string> }>().fields), JSON.stringify(body)).toContain(field);
    }
  });

  it('changes criteria, name and frequency; a new criterion makes the worker match again, a rename does not', async () => {
    const alert = (await create(ada, { q: 'welder', frequency: 'weekly', branchId: branch.id })).json<JobAlertDto>();
    const versionOf = async () => (await t.dataSource.getRepository(JobAlert).findOneByOrFail({ id: alert.id })).criteriaVersion;
    const before = await versionOf();

    const renamed = await t.request('PATCH', `/api/me/job-alerts/${alert.id}`, { token: ada.token, body: { name: 'Welding', frequency: 'instant' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<JobAlertDto>()).toMatchObject({ name: 'Welding', frequency: 'instant', criteria: { q: 'welder', branchId: branch.id } });
    expect(await versionOf()).toBe(before);

    const moved = await t.request('PATCH', `/api/me/job-alerts/${alert.id}`, {
      token: ada.token,
      body: { lat: 41.88, lng: -87.63, radiusKm: 10, branchId: null },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<JobAlertDto>().criteria).toMatchObject({ q: 'welder', lat: 41.88, lng: -87.63, radiusKm: 10, postalCode: null, branchId: null });
    expect(await versionOf()).toBe(before + 1);

    // The location as a whole goes with lat and lng set to null (and its radius with it).
    const cleared = await t.request('PATCH', `/api/me/job-alerts/${alert.id}`, { token: ada.token, body: { lat: null, lng: null, radiusKm: null } });
    expect(cleared.json<JobAlertDto>().criteria).toMatchObject({ lat: null, lng: null, radiusKm: null });
    expect((await t.request('PATCH', `/api/me/job-alerts/${alert.id}`, { token: ada.token, body: { radiusKm: 5 } })).statusCode).toBe(400);
  });

  it('pauses and resumes; a resumed alert starts from the moment it is resumed', async () => {
    const alert = (await create(ada, { q: 'nurse', frequency: 'daily' })).json<JobAlertDto>();
    expect((await t.request('PATCH', `/api/me/job-alerts/${alert.id}`, { token: ada.token, body: { active: false } })).json<JobAlertDto>().active).toBe(false);
    clock.at = new Date(clock.at.getTime() + 3 * 86_400_000);
    const resumed = await t.request('PATCH', `/api/me/job-alerts/${alert.id}`, { token: ada.token, body: { active: true } });
    expect(resumed.json<JobAlertDto>().active).toBe(true);
    expect((await t.dataSource.getRepository(JobAlert).findOneByOrFail({ id: alert.id })).activeSince).toEqual(clock.now());
  });

  it('another candidate’s alert is not found, for reading, changing and deleting alike', async () => {
    const alert = (await create(ada, { q: 'cashier', frequency: 'daily' })).json<JobAlertDto>();
    expect((await t.request('PATCH', `/api/me/job-alerts/${alert.id}`, { token: ben.token, body: { name: 'Mine now' } })).statusCode).toBe(404);
    expect((await t.request('DELETE', `/api/me/job-alerts/${alert.id}`, { token: ben.token })).statusCode).toBe(404);
    expect((await t.request('DELETE', `/api/me/job-alerts/${alert.id}`, { token: ada.token })).statusCode).toBe(204);
    expect((await t.request('DELETE', `/api/me/job-alerts/${alert.id}`, { token: ada.token })).statusCode).toBe(404);
  });

  it('keeps at most 20 alerts per person, also when the requests arrive together', async () => {
    const casey = await signUpCandidate(t);
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => create(casey, { q: `welder ${i}`, frequency: 'weekly' })));
    expect(results.filter((res) => res.statusCode === 201)).toHaveLength(20);
    const refused = results.filter((res) => res.statusCode !== 201);
    expect(refused.map((res) => res.statusCode)).toEqual([409, 409, 409, 409]);
    expect(refused[0]?.json<{ code: string }>().code).toBe('JOB_ALERT_LIMIT_REACHED');
  });

  it('follows the candidate’s time zone, and is gone with the account', async () => {
    const dana = await signUpCandidate(t);
    const alert = (await create(dana, { q: 'baker', frequency: 'daily' })).json<JobAlertDto>();
    const profile = await t.request('PATCH', '/api/me/profile', { token: dana.token, body: { timeZone: 'America/Los_Angeles' } });
    expect(profile.statusCode, profile.body).toBe(200);
    expect((await t.request('GET', '/api/me/job-alerts', { token: dana.token })).json<JobAlertDto[]>()[0]?.timeZone).toBe('America/Los_Angeles');
    const erased = await t.request('DELETE', '/api/me', { token: dana.token, body: { password: dana.password } });
    expect(erased.statusCode, erased.body).toBeLessThan(300);
    expect(await t.dataSource.getRepository(JobAlert).existsBy({ id: alert.id })).toBe(false);
  });

  it('one-click unsubscribe stops that alert only; the page alone changes nothing', async () => {
    const first = (await create(ben, { q: 'electrician', frequency: 'daily' })).json<JobAlertDto>();
    const second = (await create(ben, { q: 'plumber', frequency: 'daily' })).json<JobAlertDto>();
    const token = createJobAlertUnsubscribeToken(first.id, secret);

    const page = await t.request('GET', `/api/job-alerts/unsubscribe/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Stop this job alert?');
    expect(page.body).toContain('“electrician”');
    expect((await t.dataSource.getRepository(JobAlert).findOneByOrFail({ id: first.id })).active).toBe(true);

    // What a mail client sends (RFC 8058): a form body, no sign-in.
    const res = await t.request('POST', `/api/job-alerts/unsubscribe/${token}`, { headers: ONE_CLICK, body: 'List-Unsubscribe=One-Click' });
    expect(res.statusCode, res.body).toBe(204);
    const alerts = (await t.request('GET', '/api/me/job-alerts', { token: ben.token })).json<JobAlertDto[]>();
    expect(alerts.find((a) => a.id === first.id)?.active).toBe(false);
    expect(alerts.find((a) => a.id === second.id)?.active).toBe(true);
    // Twice is fine; a forged token is not.
    expect((await t.request('POST', `/api/job-alerts/unsubscribe/${token}`, { headers: ONE_CLICK, body: 'List-Unsubscribe=One-Click' })).statusCode).toBe(204);
    const forged = createJobAlertUnsubscribeToken(second.id, 'another-secret-that-is-32-characters-long');
    expect((await t.request('POST', `/api/job-alerts/unsubscribe/${forged}`, { headers: ONE_CLICK, body: 'List-Unsubscribe=One-Click' })).statusCode).toBe(404);

    // From the page's button: back to the page, which says it is done.
    const fromPage = await t.request('POST', `/api/job-alerts/unsubscribe/${token}?from=page`, { headers: ONE_CLICK, body: 'List-Unsubscribe=One-Click' });
    expect(fromPage.statusCode).toBe(303);
    expect(fromPage.headers['location']).toBe(`/api/job-alerts/unsubscribe/${token}?done=1`);
  });

  it('“unsubscribe from all alerts” lists the person’s alerts and stops all of them, nobody else’s', async () => {
    const erin = await signUpCandidate(t);
    await create(erin, { q: 'chef', frequency: 'daily' });
    await create(erin, { q: 'dishwasher', frequency: 'weekly' });
    const other = (await create(ada, { q: 'sous chef', frequency: 'daily' })).json<JobAlertDto>();
    const token = createJobAlertsManageToken({ userId: erin.id }, secret);

    const page = await t.request('GET', `/api/job-alerts/manage/${token}`);
    expect(page.body).toContain('“chef”');
    expect(page.body).toContain('“dishwasher”');
    expect(page.body).not.toContain('sous chef');
    // Each alert has its own stop button there, and ?all=1 (the e-mails' "unsubscribe from all") asks only that.
    expect(page.body.match(/Stop this alert/g)).toHaveLength(2);
    const allOnly = await t.request('GET', `/api/job-alerts/manage/${token}?all=1`);
    expect(allOnly.body).toContain('Stop all your job alerts?');
    expect(allOnly.body).toContain('You have 2 alerts');

    expect((await t.request('POST', `/api/job-alerts/manage/${token}/unsubscribe-all`, { headers: ONE_CLICK, body: 'List-Unsubscribe=One-Click' })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/me/job-alerts', { token: erin.token })).json<JobAlertDto[]>().map((a) => a.active)).toEqual([false, false]);
    expect((await t.dataSource.getRepository(JobAlert).findOneByOrFail({ id: other.id })).active).toBe(true);
    expect((await t.request('GET', `/api/job-alerts/manage/${token}`)).body).toContain('No job alerts');
    // A changed character inside the token (the last one carries padding bits a decoder may ignore).
    const forged = `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`;
    expect((await t.request('GET', `/api/job-alerts/manage/${forged}`)).statusCode).toBe(404);
  });

  it('cancels the e-mails an unsubscribed alert had planned', async () => {
    const alert = (await create(ada, { q: 'barista', frequency: 'instant' })).json<JobAlertDto>();
    const planned = await t.dataSource.getRepository(ScheduledEmail).save({
      applicationId: null,
      jobAlertId: alert.id,
      recipientUserId: ada.id,
      kind: 'job_alert',
      dedupeKey: `job_alert:${alert.id}:test-window`,
      sendAt: clock.now(),
    });
    await t.request('POST', `/api/job-alerts/unsubscribe/${createJobAlertUnsubscribeToken(alert.id, secret)}`, { headers: ONE_CLICK, body: 'List-Unsubscribe=One-Click' });
    expect(await t.dataSource.getRepository(ScheduledEmail).findOneByOrFail({ id: planned.id })).toMatchObject({
      status: 'cancelled',
      reason: 'cancelled: the alert was unsubscribed',
    });
  });
});
