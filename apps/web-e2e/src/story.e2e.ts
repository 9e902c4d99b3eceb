import { COVER_LETTER } from '@nextstep/contracts';
import { instantAtLocalTime } from '@nextstep/guidance';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  callApi,
  DESKTOP,
  horizontalOverflow,
  linksOf,
  PHONE,
  runAxe,
  screenshot,
  signIn,
  signInAsRecruiter,
  signInInBrowser,
  useBrowser,
  waitForEmail,
  type Email,
} from './support';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const INTERVIEW_MINUTES = 45;

/** The instant a zone's clock shows `hour`:00 on the day `at` falls on there. */
function atZonedHour(at: Date, hour: number, timeZone: string): Date {
  return new Date(instantAtLocalTime(at.getTime(), timeZone, hour * HOUR));
}

/** Interview times a real branch would book (10:00 on the branch's clock), whenever the suite runs: the last one over, the next one ahead. */
function interviewTimes(now: Date, timeZone: string): { held: Date; upcoming: Date } {
  let held = atZonedHour(now, 10, timeZone);
  if (held.getTime() + INTERVIEW_MINUTES * 60_000 > now.getTime()) held = atZonedHour(new Date(now.getTime() - DAY), 10, timeZone);
  let upcoming = atZonedHour(now, 10, timeZone);
  if (upcoming.getTime() <= now.getTime() + HOUR) upcoming = atZonedHour(new Date(now.getTime() + DAY), 10, timeZone);
  return { held, upcoming };
}

interface Branch {
  id: string;
  name: string;
  timeZone: string;
}
interface Job {
  id: string;
  title: string;
  branch: { id: string; name: string };
}
interface Detail {
  id: string;
  status: string;
  interviews: Array<{ id: string; status: string; scheduledAt: string }>;
}
interface Guidance {
  followUp: { code: string; allowed: boolean; message: string; earliestAt: string | null };
  thankYou: { code: string; message: string; draft: string | null; interviewerName: string | null };
}

const RESUME = [
  'Jordan Rivera, Chicago, IL',
  'Forklift operator, four years: sit-down and stand-up reach trucks, OSHA forklift certification, RF scanners, cycle counts.',
  'Warehouse associate, two years: picking, packing, shipping and receiving, inventory control, first and second shift.',
].join('\n');
const COVER =
  'I have driven forklifts and reach trucks for four years in busy distribution centers, I hold a current OSHA certification, and I can start next week on any shift.';

/** The draft as the reminder e-mail's text part shows it: the paragraphs between "YOUR DRAFT" and the advice after it. */
function draftOf(email: Email): string {
  const section = /YOUR DRAFT\s*\n([\s\S]*?)\n\s*Read it through/.exec(email.text)?.[1];
  if (!section) throw new Error(`the reminder has no draft section:\n${email.text}`);
  return section
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** What the control's aria-describedby points at, as a screen reader reads it after the name. */
function describedBy(page: Page, name: string): Promise<string> {
  return page.getByRole('button', { name }).evaluate((button) =>
    (button.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

describe('the candidate story, from search to a sent thank-you note', () => {
  const browser = useBrowser();

  /** axe and the phone layout of a signed-in page at both widths; `shot` names the README's screenshots of it. */
  async function checkPage(
    contexts: Record<number, BrowserContext>,
    path: string,
    name: string,
    ready: (page: Page) => Promise<unknown>,
    shot?: string,
  ) {
    for (const width of [PHONE, DESKTOP]) {
      const context = contexts[width];
      if (!context) throw new Error(`no context at ${width} px`);
      const page = await browser.openPage(path, { context, width });
      await ready(page);
      expect({ page: name, width, violations: await runAxe(page) }).toEqual({ page: name, width, violations: [] });
      expect({ page: name, width, overflow: await horizontalOverflow(page) }).toEqual({ page: name, width, overflow: 0 });
      if (shot) await screenshot(page, `${shot}-${width}`);
      await page.close();
    }
  }

  it('searches, applies, waits as advised, and sends the thank-you note the reminder e-mail links to', { timeout: 180_000 }, async () => {
    const { baseUrl } = inject('e2e');
    const recruiter = await signInAsRecruiter('Chicago');
    const branches = await callApi<{ items: Branch[] }>('GET', '/api/branches');
    const branch = branches.body.items.find((item) => item.id === recruiter.user.branchId);
    if (!branch) throw new Error('the Chicago recruiter has no branch in /api/branches');

    // Search, then narrow to jobs near downtown Chicago.
    const context = await browser.newContext({ width: DESKTOP });
    const page = await browser.openPage('/', { context, width: DESKTOP });
    await page.getByRole('heading', { level: 1, name: 'Find your next job' }).waitFor();
    await page.getByLabel('What job are you looking for?').fill('forklift');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'forklift');
    await page.getByRole('textbox', { name: 'Postal code' }).fill('60606');
    await page.getByRole('button', { name: 'Use postal code' }).click();
    await page.waitForURL((url) => url.searchParams.get('postalCode') === '60606' && url.searchParams.has('radiusKm'));
    // Every result now says how far away it is; pick one this recruiter's branch handles.
    const ours = page
      .getByRole('article')
      .filter({ hasText: `Through ${branch.name}` })
      .first();
    await ours.filter({ hasText: / away/ }).waitFor();
    const title = (await ours.getByRole('heading').textContent())?.trim() ?? '';
    await ours.getByRole('link', { name: title }).click();

    // The job page: Apply sends a signed-out visitor to sign in, and on to register.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const jobId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const job = await callApi<Job>('GET', `/api/jobs/${jobId}`);
    expect(job.body.branch.id).toBe(branch.id);
    await page
      .getByRole('link', { name: `Apply for ${title}` })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('redirect') === `/jobs/${jobId}/apply`);
    await page.getByRole('link', { name: 'Create a candidate account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();

    const email = `story-${Date.now().toString(36)}@example.com`;
    const password = 'amber-kettle-sunrise-42';
    await page.getByLabel(/^First name/).fill('Jordan');
    await page.getByLabel(/^Last name/).fill('Rivera');
    await page.getByLabel(/^E-mail/).fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();

    // Back on the way to applying: the resume first (the button waits for it), then the cover letter.
    await page.waitForURL((url) => url.pathname === `/jobs/${jobId}/apply`);
    await page.getByRole('heading', { level: 1, name: `Apply for ${title}` }).waitFor();
    const send = page.getByRole('button', { name: `Send my application for ${title}` });
    expect(await send.isDisabled()).toBe(true);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Resume file' }).click();
    await (await chooser).setFiles({ name: 'jordan-rivera-resume.txt', mimeType: 'text/plain', buffer: Buffer.from(RESUME) });
    await page.getByRole('button', { name: 'Upload resume' }).click();
    await page.getByRole('status').filter({ hasText: 'Resume saved' }).waitFor();
    await page.getByText(/Your resume on file: jordan-rivera-resume\.txt/).waitFor();

    const coverLetter = page.getByLabel(/^Cover letter/);
    await coverLetter.fill(COVER.slice(0, 20));
    await page.getByText(`20 characters written: at least ${COVER_LETTER.minChars - 20} more to go`, { exact: false }).waitFor();
    await coverLetter.fill(COVER);
    await page.getByText(`${COVER.length} characters: long enough`, { exact: false }).waitFor();
    await send.click();

    // The application page: the follow-up is there, disabled, with the server's own reason.
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const applicationId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const candidate = await signIn(email, password);
    const guidance = async () =>
      (await callApi<Guidance>('GET', `/api/applications/${applicationId}/guidance`, { token: candidate.token })).body;
    const waiting = await guidance();
    expect(waiting.followUp).toMatchObject({ code: 'APPLICATION_STAGE', allowed: false });
    const messageBranch = page.getByRole('button', { name: 'Message your branch' });
    await messageBranch.waitFor();
    expect(await messageBranch.isDisabled()).toBe(true);
    await page.getByText(waiting.followUp.message, { exact: true }).waitFor();
    expect(await describedBy(page, 'Message your branch')).toContain(waiting.followUp.message);

    // The recruiter books an interview: the candidate sees it coming, with a calendar file.
    const times = interviewTimes(new Date(), branch.timeZone);
    const scheduled = await callApi<Detail>('POST', `/api/applications/${applicationId}/interviews`, {
      token: recruiter.token,
      body: {
        scheduledAt: times.upcoming.toISOString(),
        durationMinutes: INTERVIEW_MINUTES,
        mode: 'in_person',
        location: `${branch.name}, meeting room 2`,
        interviewerName: 'Pat Lee',
        interviewerEmail: 'pat.lee@example.com',
      },
    });
    expect(scheduled.status).toBe(201);
    const interviewId = scheduled.body.interviews[0]?.id ?? '';
    await page.reload();
    const interview = page.getByRole('article', { name: /^Interview on / });
    await interview.getByText('Scheduled', { exact: true }).waitFor();
    const download = page.waitForEvent('download');
    await interview.getByRole('button', { name: /^Add to calendar/ }).click();
    const calendarFile = await download;
    expect(calendarFile.suggestedFilename()).toBe('interview.ics');
    // The browser runs in its own process (connected remotely), so the file comes back as a stream.
    const chunks: Buffer[] = [];
    for await (const chunk of await calendarFile.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).toString('utf8')).toMatch(/BEGIN:VEVENT[\s\S]*END:VEVENT/);
    const upcoming = await guidance();
    expect(upcoming.followUp.code).toBe('INTERVIEW_UPCOMING');
    await page.getByText(upcoming.followUp.message, { exact: true }).waitFor();
    expect(await messageBranch.isDisabled()).toBe(true);

    // The application page at both widths with the interview ahead (axe, no sideways scroll, the README's pictures).
    const phone = await browser.newContext({ width: PHONE });
    await signInInBrowser(phone, email, password);
    const contexts = { [PHONE]: phone, [DESKTOP]: context };
    await checkPage(
      contexts,
      `/applications/${applicationId}`,
      'application (interview ahead)',
      (opened) => opened.getByRole('button', { name: /^Add to calendar/ }).waitFor(),
      'application',
    );

    // The employer could meet sooner; the recruiter moves the interview to the last 10:00 slot and records it as held.
    const moved = await callApi('PATCH', `/api/interviews/${interviewId}`, {
      token: recruiter.token,
      body: { scheduledAt: times.held.toISOString() },
    });
    expect(moved.status).toBe(200);
    const completed = await callApi('POST', `/api/interviews/${interviewId}/complete`, {
      token: recruiter.token,
      body: { completedAt: new Date(times.held.getTime() + INTERVIEW_MINUTES * 60_000).toISOString(), nextSteps: 'We decide by Friday.' },
    });
    expect(completed.status).toBe(200);

    // The worker's reminder (due at once in this stack) links to the composer on this site.
    const reminder = await waitForEmail(
      (message) => message.to.includes(email) && /^Thank Pat Lee for your interview/.test(message.subject),
    );
    const link = linksOf(reminder).find((entry) => entry.text === 'Review and send your note');
    expect(link?.href).toBe(`${baseUrl}/applications/${applicationId}/thank-you`);

    // Both pages at both widths in the state the reminder leaves them; the composer's are the README's pictures.
    await checkPage(contexts, `/applications/${applicationId}`, 'application (interview held)', (opened) =>
      opened.getByRole('link', { name: 'Write your thank-you note to Pat Lee' }).waitFor(),
    );
    await checkPage(
      contexts,
      `/applications/${applicationId}/thank-you`,
      'thank-you',
      (opened) => opened.getByRole('button', { name: 'Send thank-you note' }).waitFor(),
      'thank-you',
    );

    // The e-mail's link opens the composer with the e-mail's own draft in it.
    await page.goto(link?.href ?? '');
    await page.getByRole('heading', { level: 1, name: 'Your thank-you note' }).waitFor();
    const note = page.getByRole('textbox', { name: 'Thank-you note' });
    await note.waitFor();
    const draft = draftOf(reminder);
    expect(draft).toMatch(/^Dear Pat Lee,\n\nThank you for meeting with me on /);
    expect(await note.inputValue()).toBe(draft);
    expect((await guidance()).thankYou.draft).toBe(draft);
    await page.getByText(/^Ideally send it by /).waitFor();

    await note.fill(draft.replace('Kind regards,', 'Thank you again for showing me the loading docks.\n\nKind regards,'));
    await page.getByRole('button', { name: 'Send thank-you note' }).click();
    const sent = page.getByRole('status').filter({ hasText: 'Your thank-you note is sent' });
    await sent.waitFor();
    await sent
      .getByText(`Sent to Pat Lee, who interviewed you, by e-mail, with a copy to your branch, ${branch.name}.`, { exact: false })
      .waitFor();
    // And it went there: the interviewer's copy arrives with the candidate's own words.
    const delivered = await waitForEmail((message) => message.to.includes('pat.lee@example.com') && message.text.includes('loading docks'));
    expect(delivered.text).toContain('Thank you for meeting with me on');

    // The application's guidance now says the note is sent, in the server's words.
    await sent.getByRole('link', { name: 'Back to your application' }).click();
    await page.waitForURL((url) => url.pathname === `/applications/${applicationId}`);
    const thanked = await guidance();
    expect(thanked.thankYou.code).toBe('ALREADY_THANKED');
    const section = page.getByRole('region', { name: 'Thank-you note' });
    await section.getByText(thanked.thankYou.message, { exact: true }).waitFor();
    await section.getByText(/^You sent it on /).waitFor();
    expect(await page.getByRole('link', { name: 'Write your thank-you note to Pat Lee' }).count()).toBe(0);
    expect(browser.problems()).toEqual([]);
  });
});
