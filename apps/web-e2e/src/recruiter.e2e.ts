import { DEMO_ADMIN, DEMO_RECRUITER_PASSWORD, demoRecruiterEmail } from '@nextstep/db';
import { wallClockMs } from '@nextstep/guidance';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi, horizontalOverflow, PHONE, registerCandidate, runAxe, screenshot, signInAsAdmin, signInAsRecruiter, signInInBrowser, useBrowser, waitForEmail, type SignedIn } from './support';

const DAY = 86_400_000;
const COVER = 'Five years of forklift work in cold storage, certified, and glad to take any shift the team needs.';

interface Branch {
  id: string;
  name: string;
  city: string;
  timeZone: string;
}
interface Detail {
  id: string;
  status: string;
  version: number;
  followUpDueAt: string | null;
  lastEmployerContactAt: string | null;
  decisionExpectedBy: string | null;
  interviews: Array<{ id: string; status: string; completedAt: string | null; scheduledAt: string }>;
}
interface Guidance {
  followUp: { code: string; earliestAt: string | null };
}

type Candidate = Awaited<ReturnType<typeof registerCandidate>>;

/** The wall clock of an instant in a zone, as a datetime-local value ("2026-03-17T14:05"). */
function zonedInput(at: Date, timeZone: string): string {
  return new Date(wallClockMs(at.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** Letters only, so names stay names: "Qkzvb". */
function uniqueSuffix(): string {
  return Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('').replace(/^./, (c) => c.toUpperCase());
}

async function applyAs(candidate: Candidate, jobId: string): Promise<string> {
  const res = await callApi<{ id: string }>('POST', `/api/jobs/${jobId}/applications`, { token: candidate.token, body: { coverLetter: COVER, resumeText: 'Forklift certified, cold storage, inventory.' } });
  if (res.status !== 201) throw new Error(`apply failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

describe('the recruiter console', () => {
  const browser = useBrowser();
  let chicago: Branch;
  let recruiter: SignedIn;
  let jobs: Array<{ id: string; title: string }>;

  beforeAll(async () => {
    const branches = await callApi<{ items: Branch[] }>('GET', '/api/branches');
    const found = branches.body.items.find((b) => b.city === 'Chicago');
    if (!found) throw new Error('no Chicago branch in the demo data');
    chicago = found;
    recruiter = await signInAsRecruiter('Chicago');
    const open = await callApi<{ items: Array<{ id: string; title: string }> }>('GET', '/api/jobs', { query: { branchId: chicago.id, sort: 'recent', limit: 5 } });
    jobs = open.body.items;
    if (jobs.length < 3) throw new Error('the Chicago branch needs three open jobs');
  });

  /** A candidate interviewed 13 days ago without news since: their follow-up falls due tomorrow. */
  async function owedNewsCandidate(jobId: string) {
    const lastName = `Owed${uniqueSuffix()}`;
    const candidate = await registerCandidate({ firstName: 'Olive', lastName });
    await callApi('PATCH', '/api/me/profile', { token: candidate.token, body: { phone: '+1 312 555 0147' } });
    const applicationId = await applyAs(candidate, jobId);
    const start = new Date(Date.now() - 13 * DAY);
    const scheduled = await callApi<Detail>('POST', `/api/applications/${applicationId}/interviews`, {
      token: recruiter.token,
      body: { scheduledAt: start.toISOString(), durationMinutes: 30, mode: 'in_person', interviewerName: 'Dana Brooks' },
    });
    const interviewId = scheduled.body.interviews[0]?.id ?? '';
    const completed = await callApi('POST', `/api/interviews/${interviewId}/complete`, { token: recruiter.token, body: { completedAt: new Date(start.getTime() + 30 * 60_000).toISOString() } });
    if (completed.status !== 200) throw new Error(`complete failed: ${JSON.stringify(completed.body)}`);
    return { candidate, applicationId, name: `Olive ${lastName}` };
  }

  async function recruiterPage(path: string, width = 1440): Promise<Page> {
    const context = await browser.newContext({ width });
    await signInInBrowser(context, demoRecruiterEmail('Chicago'), DEMO_RECRUITER_PASSWORD);
    return browser.openPage(path, { context, width });
  }

  it('walks a recruiter through the day: owed news, a contact, the pipeline, an interview and its thank-you note', async () => {
    const owed = await owedNewsCandidate(jobs[0]?.id ?? '');
    const owedName = owed.name;
    const newcomerLast = `New${uniqueSuffix()}`;
    const newcomer = await registerCandidate({ firstName: 'Nico', lastName: newcomerLast });
    const newcomerName = `Nico ${newcomerLast}`;
    const pipelineJob = jobs[1] as { id: string; title: string };
    const newcomerApplication = await applyAs(newcomer, pipelineJob.id);

    // Today shows the owed-news candidate, with their phone.
    const page = await recruiterPage('/recruiter');
    await page.getByRole('heading', { level: 1, name: `Today at ${chicago.name}` }).waitFor();
    const owedRow = page.getByRole('row').filter({ hasText: owedName });
    await owedRow.waitFor();
    expect(await owedRow.textContent()).toContain('+1 312 555 0147');

    // Record the contact: a note, then the guidance clock restarts from it.
    const before = (await callApi<Detail>('GET', `/api/applications/${owed.applicationId}`, { token: owed.candidate.token })).body;
    expect(before.lastEmployerContactAt).toBeNull();
    await owedRow.getByRole('button', { name: `Record contact with ${owedName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Record contact with ${owedName}` });
    await dialog.getByLabel('What you told them').fill('The employer is still deciding; we will call you again next Friday.');
    await dialog.getByRole('button', { name: 'Save contact' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: owedName }).waitFor({ state: 'detached' });
    const after = (await callApi<Detail>('GET', `/api/applications/${owed.applicationId}`, { token: owed.candidate.token })).body;
    expect(after.lastEmployerContactAt).not.toBeNull();
    expect(new Date(after.followUpDueAt ?? 0).getTime()).toBe(new Date(after.lastEmployerContactAt ?? 0).getTime() + 14 * DAY);
    const owedGuidance = (await callApi<Guidance>('GET', `/api/applications/${owed.applicationId}/guidance`, { token: owed.candidate.token })).body;
    expect(owedGuidance.followUp.code).toBe('WAIT_FOR_DECISION');

    // The pipeline of another job: move the newcomer to screening with the keyboard.
    await page.goto(`/recruiter/jobs/${pipelineJob.id}`);
    await page.getByRole('heading', { level: 1, name: `Pipeline: ${pipelineJob.title}` }).waitFor();
    const toScreening = page.getByRole('button', { name: `Move ${newcomerName} to Screening` });
    await toScreening.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: /^Screening/ }).getByRole('link', { name: newcomerName }).waitFor();
    expect((await callApi<Detail>('GET', `/api/applications/${newcomerApplication}`, { token: newcomer.token })).body.status).toBe('screening');

    // Schedule an interview (it began two hours ago, on the branch's clock), then mark it held with a decision date.
    await page.getByRole('link', { name: newcomerName }).click();
    await page.getByRole('heading', { level: 1, name: `${newcomerName} · ${pipelineJob.title}` }).waitFor();
    await page.getByRole('button', { name: 'Schedule an interview…' }).click();
    const form = page.getByRole('form', { name: 'Schedule an interview' });
    await form.getByLabel(/^Starts/).fill(zonedInput(new Date(Date.now() - 2 * 3_600_000), chicago.timeZone));
    await form.getByLabel('Length in minutes').fill('30');
    await form.getByLabel('Interviewer', { exact: true }).fill('Riley Chen');
    const interviewerEmail = `riley.chen.${uniqueSuffix().toLowerCase()}@example.com`;
    await form.getByLabel("Interviewer's e-mail (optional)").fill(interviewerEmail);
    await form.getByRole('button', { name: 'Schedule interview' }).click();
    const interviewCard = page.getByRole('article', { name: /interview with Riley Chen/ });
    await interviewCard.getByRole('button', { name: 'Mark as held…' }).click();
    const decisionDay = zonedInput(new Date(Date.now() + 20 * DAY), chicago.timeZone).slice(0, 10);
    await interviewCard.getByLabel(/^Next steps/).fill('The warehouse manager decides within three weeks.');
    await interviewCard.getByLabel(/^Decision expected by/).fill(decisionDay);
    await interviewCard.getByRole('button', { name: 'Mark as held', exact: true }).click();
    await interviewCard.getByText('Held', { exact: true }).waitFor();

    // The candidate's guidance now waits for the decision: not before the day after the decision date.
    const held = (await callApi<Detail>('GET', `/api/applications/${newcomerApplication}`, { token: newcomer.token })).body;
    expect(held.status).toBe('interviewed');
    expect(zonedInput(new Date(held.decisionExpectedBy ?? 0), chicago.timeZone)).toBe(`${decisionDay}T17:00`);
    const guidance = (await callApi<Guidance>('GET', `/api/applications/${newcomerApplication}/guidance`, { token: newcomer.token })).body;
    expect(guidance.followUp.code).toBe('WAIT_FOR_DECISION');
    expect(guidance.followUp.earliestAt).toBe(new Date(new Date(held.decisionExpectedBy ?? 0).getTime() + DAY).toISOString());

    // The candidate thanks the interviewer: unread in the console, and in the interviewer's mailbox.
    const note = await callApi('POST', `/api/applications/${newcomerApplication}/follow-ups`, {
      token: newcomer.token,
      body: { kind: 'thank_you', body: 'Thank you for showing me the warehouse today, Riley. I would love to join the team.' },
    });
    expect(note.status).toBe(201);
    await page.reload();
    const noteCard = page.getByRole('region', { name: 'Messages and thank-you notes' }).getByLabel('Thank-you note, unread');
    await noteCard.waitFor();
    const delivered = await waitForEmail((m) => m.to.includes(interviewerEmail));
    expect(delivered.text).toContain('I would love to join the team.');
    await page.goto('/recruiter');
    await page.getByRole('heading', { name: /^Unread messages/ }).waitFor();
    await page.getByRole('region', { name: /^Unread messages/ }).getByRole('link', { name: newcomerName }).waitFor();

    // A recruiter of another branch sees none of it.
    const other = await signInAsRecruiter('Milwaukee');
    expect((await callApi('GET', `/api/applications/${newcomerApplication}`, { token: other.token })).status).toBe(404);
    expect((await callApi('GET', `/api/applications/${owed.applicationId}`, { token: other.token })).status).toBe(404);
    const otherToday = (await callApi<{ owedNews: Array<{ id: string }>; unread: Array<{ applicationId: string }> }>('GET', '/api/recruiter/today', { token: other.token })).body;
    expect(otherToday.owedNews.map((a) => a.id)).not.toContain(owed.applicationId);
    expect(otherToday.unread.map((m) => m.applicationId)).not.toContain(newcomerApplication);
    const otherContext = await browser.newContext({ width: 1440 });
    await signInInBrowser(otherContext, demoRecruiterEmail('Milwaukee'), DEMO_RECRUITER_PASSWORD);
    const otherPage = await browser.openPage(`/recruiter/applications/${newcomerApplication}`, { context: otherContext, width: 1440 });
    await otherPage.getByRole('heading', { level: 1, name: 'Application not found' }).waitFor();
  });

  it('lets one of two recruiters move a card and tells the other someone else changed it', async () => {
    const job = jobs[2] as { id: string; title: string };
    const lastName = `Stale${uniqueSuffix()}`;
    const candidate = await registerCandidate({ firstName: 'Sasha', lastName });
    const name = `Sasha ${lastName}`;
    const applicationId = await applyAs(candidate, job.id);
    const first = await recruiterPage(`/recruiter/jobs/${job.id}`);
    const admin = await signInAsAdmin();
    const secondContext = await browser.newContext({ width: 1440 });
    await signInInBrowser(secondContext, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const second = await browser.openPage(`/recruiter/jobs/${job.id}`, { context: secondContext, width: 1440 });
    await first.getByRole('button', { name: `Move ${name} to Screening` }).waitFor();
    await second.getByRole('button', { name: `Move ${name} to Rejected` }).waitFor();

    await first.getByRole('button', { name: `Move ${name} to Screening` }).click();
    await first.getByRole('region', { name: /^Screening/ }).getByRole('link', { name }).waitFor();
    await second.getByRole('button', { name: `Move ${name} to Rejected` }).click();
    const stale = second.getByRole('alert').filter({ hasText: 'Someone else changed this' });
    await stale.waitFor();
    expect((await callApi<Detail>('GET', `/api/applications/${applicationId}`, { token: admin.token })).body.status).toBe('screening');
    await stale.getByRole('button', { name: 'Reload' }).click();
    await second.getByRole('region', { name: /^Screening/ }).getByRole('link', { name }).waitFor();
  });

  it('posts a job as a draft, publishes it, and shows its public JobPosting data', async () => {
    const page = await recruiterPage('/recruiter/jobs/new');
    await page.getByRole('heading', { level: 1, name: 'Post a job' }).waitFor();
    const form = page.getByRole('form', { name: 'New job' });
    const title = `Cold Storage Picker ${uniqueSuffix()}`;
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Description').fill('Pick and pack chilled goods on the early shift; warm gear provided.');
    await form.getByLabel('Client company', { exact: true }).click();
    await page.getByRole('option').first().click();
    await form.getByLabel('City').fill('Chicago');
    await form.getByLabel('State').fill('IL');
    await form.getByLabel('Postal code').fill('60607');
    await form.getByLabel('Latitude').fill('41.87');
    await form.getByLabel('Longitude').fill('-87.65');
    await form.getByLabel('Lowest pay (USD)').fill('19');
    await form.getByLabel('Highest pay (USD)').fill('22.5');
    // The preview shows what candidates will see as it is typed.
    await page.getByRole('region', { name: 'What candidates will see' }).getByText('$19.00–$22.50 an hour').waitFor();
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('heading', { level: 1, name: `Edit: ${title}` }).waitFor();
    await page.getByText('The public page and its JobPosting data appear once the job is open.').waitFor();
    await page.getByRole('button', { name: 'Save and publish' }).click();
    await page.getByRole('status').filter({ hasText: 'The job is on the board.' }).waitFor();
    const jsonLd = page.getByLabel('JobPosting JSON-LD');
    await jsonLd.getByText(title).first().waitFor();
    expect(await jsonLd.textContent()).toContain('"@type": "JobPosting"');
  });

  it('lets an admin create a recruiter for a branch and deactivate them; a recruiter cannot open the admin page', async () => {
    const context = await browser.newContext({ width: 1440 });
    await signInInBrowser(context, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const page = await browser.openPage('/recruiter/admin', { context, width: 1440 });
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('tab', { name: 'Staff accounts' }).click();
    const form = page.getByRole('form', { name: 'New staff account' });
    const lastName = `Recruit${uniqueSuffix()}`;
    const email = `${lastName.toLowerCase()}@nextstep.example`;
    await form.getByLabel('Branch', { exact: true }).click();
    await page.getByRole('option', { name: chicago.name }).click();
    await form.getByLabel('E-mail').fill(email);
    await form.getByLabel('First name').fill('Casey');
    await form.getByLabel('Last name').fill(lastName);
    await form.getByLabel('First password').fill('granite-harbor-lantern-58');
    await form.getByRole('button', { name: 'Create account' }).click();
    const row = page.getByRole('row').filter({ hasText: email });
    await row.getByText(`Recruiter, ${chicago.name}`).waitFor();
    const signedIn = await callApi<{ accessToken: string }>('POST', '/api/auth/login', { body: { email, password: 'granite-harbor-lantern-58' } });
    expect(signedIn.status).toBe(200);
    await row.getByRole('button', { name: `Deactivate Casey ${lastName}` }).click();
    await row.getByText('Deactivated').waitFor();
    expect((await callApi('GET', '/api/auth/me', { token: signedIn.body.accessToken })).status).toBe(401);
    await screenshot(page, 'recruiter-admin');

    const recruiterView = await recruiterPage('/recruiter/admin');
    await recruiterView.waitForURL((url) => url.pathname === '/recruiter');
    await recruiterView.getByRole('heading', { level: 1, name: `Today at ${chicago.name}` }).waitFor();
  });

  it('fits a phone (390 px) without sideways scrolling of the page', async () => {
    const owed = await owedNewsCandidate(jobs[0]?.id ?? '');
    for (const [path, ready] of [
      ['/recruiter', /^Today at/],
      [`/recruiter/applications/${owed.applicationId}`, /Olive/],
      [`/recruiter/jobs/${jobs[0]?.id ?? ''}`, /^Pipeline:/],
    ] as const) {
      const page = await recruiterPage(path, PHONE);
      await page.getByRole('heading', { level: 1, name: ready }).waitFor();
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      expect({ path, violations: await runAxe(page) }).toEqual({ path, violations: [] });
      await page.context().close();
    }
  });

  it.each([1440, 1024])('has no serious or critical axe violations at %i px', async (width) => {
    const owed = await owedNewsCandidate(jobs[0]?.id ?? '');
    const pages = [
      { name: 'today', path: '/recruiter', ready: /^Today at/, content: 'Owed news' },
      { name: 'owed-news', path: '/recruiter/applications?owedNews=true', ready: /^Owed news at/, content: owed.name },
      { name: 'pipeline', path: `/recruiter/jobs/${jobs[0]?.id ?? ''}`, ready: /^Pipeline:/, content: owed.name },
      { name: 'application', path: `/recruiter/applications/${owed.applicationId}`, ready: /Olive/, content: 'skills are in the resume' },
      { name: 'job-editor', path: `/recruiter/jobs/${jobs[0]?.id ?? ''}/edit`, ready: /^Edit:/, content: '"@type": "JobPosting"' },
    ];
    for (const entry of pages) {
      const page = await recruiterPage(entry.path, width);
      await page.getByRole('heading', { level: 1, name: entry.ready }).waitFor();
      await page.getByText(entry.content).first().waitFor();
      expect({ page: entry.name, width, violations: await runAxe(page) }).toEqual({ page: entry.name, width, violations: [] });
      if (width === 1440 && entry.name !== 'owed-news') await screenshot(page, `recruiter-${entry.name}`);
      await page.context().close();
    }
  });
});
