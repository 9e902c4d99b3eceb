import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import type { Branch, Company } from '@nextstep/db';
import type { ReceivedEmail } from '@nextstep/mail/testing';
import { JOB_NAMES, producerConnection, QUEUE_NAMES, type JobPayloads } from '@nextstep/platform';
import { testConfig } from '@nextstep/testing';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, idle, signUpCandidate } from '../testing/apps';
import { startSystem, type System } from '../testing/system';

/*
 * Job alerts through the real API and the real worker on one clock: what a
 * guest and a candidate do with the API and the links in the e-mails, and
 * what reaches the SMTP server.
 */

const MINUTE = 60_000;
/** Tuesday, December 1, 2026, 09:00 in Chicago. */
const T0 = new Date('2026-12-01T15:00:00Z');
const ONE_CLICK = { 'content-type': 'application/x-www-form-urlencoded' };

let system: System;
let maintenance: Queue<JobPayloads[typeof JOB_NAMES.jobAlertRun]>;
let branch: Branch;
let company: Company;

beforeAll(async () => {
  system = await startSystem(T0, { JOB_ALERT_BATCH_MINUTES: '15' });
  // The matcher's progress is one row shared by the run's database: another file's clock (the model test runs
  // weeks ahead) must not leave it past this file's jobs, which open at T0.
  await system.dataSource.query('DELETE FROM job_alert_matcher_state');
  const config = testConfig();
  maintenance = new Queue(QUEUE_NAMES.maintenance, { connection: producerConnection(config, 'job-alert-system-test'), prefix: config.redis.prefix });
  branch = await createBranch(system.dataSource, { name: 'Nextstep Aurora', city: 'Aurora', postalCode: '60505', latitude: 41.7606, longitude: -88.3201 });
  company = await createCompany(system.dataSource, { name: 'Fox Valley Fabrication' });
});
afterAll(async () => {
  await maintenance.close();
  await system.close();
});

const openJob = (title: string, minutes: number) => createJob(system.dataSource, { branch, company, title, postedAt: new Date(T0.getTime() + minutes * MINUTE) });

/** The instant alerts' run, as its scheduler starts it, at the clock's time. */
async function runInstantAlerts(): Promise<{ window: string; planned: number }> {
  const job = await maintenance.add(JOB_NAMES.jobAlertRun, { frequency: 'instant', timeZone: null });
  return eventually(async () => {
    const state = await job.getState();
    if (state === 'failed') throw new Error(`the run failed: ${(await maintenance.getJob(job.id ?? ''))?.failedReason}`);
    return state === 'completed' ? ((await maintenance.getJob(job.id ?? ''))?.returnvalue as { window: string; planned: number }) : undefined;
  }, 'the alert run');
}

/** Every e-mail the worker has nothing left to send for. */
async function settled(): Promise<void> {
  await eventually(
    async () => Number((await system.dataSource.query(`SELECT count(*) AS n FROM scheduled_emails WHERE job_alert_id IS NOT NULL AND status IN ('scheduled', 'sending')`))[0].n) === 0,
    'alert e-mails sent',
  );
  // Anything that would (wrongly) still arrive has arrived once the worker has nothing left to do.
  await idle(system.worker);
}

const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
/** Alert e-mails only: signing up sends the person other e-mails too. */
const alertEmailsOf = (emails: ReceivedEmail[], address: string) =>
  emails.filter((email) => email.envelope.to.includes(address) && email.parsed.subject?.includes('for your alert'));
const listUnsubscribe = (email: ReceivedEmail | undefined) => /^List-Unsubscribe: <([^>]+)>/m.exec((email?.raw ?? '').replace(/\r?\n[ \t]+/g, ' '))?.[1] ?? '';

describe('job alerts, end to end', () => {
  it('a guest gets only the confirmation until they confirm; a forged link is refused; then new jobs arrive, only those opened since', async () => {
    const from = system.sink.received.length;
    const email = `guest-${Date.now()}@example.com`;
    const created = await system.api.request('POST', '/api/job-alerts', { body: { email, q: 'welder', postalCode: '60505', frequency: 'instant' } });
    expect(created.statusCode, created.body).toBe(202);
    await openJob('MIG Welder', 1);

    const [asked] = await system.sink.waitForMessages(from + 1, 10_000).then((all) => all.slice(from));
    expect(asked?.envelope.to).toEqual([email]);
    const confirmUrl = /(http:\/\/localhost:3000\/api\/job-alerts\/confirm\/[\w.-]+)/.exec(asked?.parsed.text ?? '')?.[1] ?? '';
    expect(confirmUrl).not.toBe('');

    system.clock.set(new Date(T0.getTime() + 15 * MINUTE));
    expect((await runInstantAlerts()).planned).toBe(0);
    await settled();
    expect(system.sink.received.length).toBe(from + 1);

    // A link with a changed signature confirms nothing; the page itself changes nothing either.
    const forged = `${pathOf(confirmUrl).slice(0, -3)}AAA`;
    expect((await system.api.request('POST', forged)).statusCode).toBe(404);
    expect((await system.api.request('GET', pathOf(confirmUrl))).body).toContain('Yes, send me new jobs');
    expect((await runInstantAlerts()).planned).toBe(0);

    system.clock.set(new Date(T0.getTime() + 16 * MINUTE));
    const confirmed = await system.api.request('POST', pathOf(confirmUrl));
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await system.api.request('POST', pathOf(confirmUrl))).json<{ code: string }>().code).toBe('JOB_ALERT_LINK_USED');

    await openJob('Pipe Welder', 20);
    system.clock.set(new Date(T0.getTime() + 30 * MINUTE));
    expect((await runInstantAlerts()).planned).toBe(1);
    await settled();
    const delivered = system.sink.received.slice(from);
    expect(delivered).toHaveLength(2);
    expect(delivered[1]?.envelope.to).toEqual([email]);
    expect(delivered[1]?.parsed.text).toContain('Pipe Welder');
    // Opened before the address was confirmed: not news to this alert.
    expect(delivered[1]?.parsed.text).not.toContain('MIG Welder');
  });

  it('one-click unsubscribe from one alert (List-Unsubscribe-Post) stops that alert only', async () => {
    system.clock.set(new Date(T0.getTime() + 60 * MINUTE));
    const candidate = await signUpCandidate(system.api, { firstName: 'Dana' });
    const create = (q: string) => system.api.request('POST', '/api/me/job-alerts', { token: candidate.token, body: { q, frequency: 'instant' } });
    const forklift = (await create('forklift')).json<{ id: string; name: string }>();
    const operator = (await create('operator')).json<{ id: string; name: string }>();

    const from = system.sink.received.length;
    await openJob('Forklift Operator', 61);
    system.clock.set(new Date(T0.getTime() + 75 * MINUTE));
    expect((await runInstantAlerts()).planned).toBe(2);
    await settled();
    const first = alertEmailsOf(system.sink.received.slice(from), candidate.email);
    expect(first.map((email) => email.parsed.subject).sort()).toEqual([`1 new job for your alert ${forklift.name}`, `1 new job for your alert ${operator.name}`].sort());

    // What a mail client does with the forklift alert's header (RFC 8058): a form POST, no sign-in.
    const forkliftEmail = first.find((email) => email.parsed.subject?.endsWith(forklift.name));
    const oneClick = await system.api.request('POST', pathOf(listUnsubscribe(forkliftEmail)), { headers: ONE_CLICK, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.statusCode, oneClick.body).toBe(204);

    await openJob('Forklift Operator, second shift', 80);
    system.clock.set(new Date(T0.getTime() + 90 * MINUTE));
    expect((await runInstantAlerts()).planned).toBe(1);
    await settled();
    const second = alertEmailsOf(system.sink.received.slice(from), candidate.email).slice(2);
    expect(second.map((email) => email.parsed.subject)).toEqual([`1 new job for your alert ${operator.name}`]);
    const alerts = (await system.api.request('GET', '/api/me/job-alerts', { token: candidate.token })).json<Array<{ id: string; active: boolean }>>();
    expect(alerts.map((alert) => [alert.id, alert.active])).toEqual([
      [forklift.id, false],
      [operator.id, true],
    ]);
  });
});
