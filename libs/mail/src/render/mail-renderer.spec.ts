import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMAIL_KINDS, type EmailKind, type RenderedEmail } from '../email-data';
import { sampleEmailData } from '../samples';
import { DEFAULT_TEMPLATES_DIR, MailRenderer } from './mail-renderer';

const renderer = MailRenderer.load();

/** Facts each e-mail exists to convey; they must be in both the HTML and the text. */
const KEY_FACTS: Record<EmailKind, string[]> = {
  interview_confirmation: [
    'Maria',
    'Warehouse Shift Supervisor',
    'Northwind Logistics',
    'Tuesday, December 1, 2026 at 2:00 PM CST',
    'Daniel Okafor',
    '1800 Industrial Parkway',
    '(217) 555-0142',
    'Monday to Friday, 8:00 AM to 5:00 PM',
    'Keep every shelf in the Midwest stocked',
    'Safety first',
    'cross-docking hubs',
    'grocery and hardware chains',
    'ask what happens next',
    'https://nextstep.example/unsubscribe/sample-token',
  ],
  interview_cancelled: ['Maria', 'Warehouse Shift Supervisor', 'Tuesday, December 1, 2026 at 2:00 PM CST', 'cancelled', '(217) 555-0142'],
  interview_reminder: [
    'Warehouse Shift Supervisor',
    'Tuesday, December 1, 2026 at 2:00 PM CST',
    '1800 Industrial Parkway',
    'Daniel Okafor',
    'arrive ten minutes early',
    'next steps',
    '(217) 555-0142',
  ],
  thank_you_reminder: [
    'Dear Daniel Okafor,',
    'Warehouse Shift Supervisor',
    'Northwind Logistics',
    'Keep every shelf in the Midwest stocked, on time and without waste',
    'Tuesday, December 1, 2026',
    'https://nextstep.example/applications/app-1042/thank-you',
    'Why it matters',
    'Maria Lopez',
  ],
  follow_up_reminder: [
    'two weeks',
    'Tuesday, November 10, 2026',
    'Nextstep Springfield',
    '(217) 555-0142',
    'Monday to Friday, 8:00 AM to 5:00 PM',
    'this is Maria Lopez',
    'Daniel Okafor',
  ],
  owed_news_digest: [
    'Priya Raman',
    'Tom Becker',
    'Forklift Operator',
    'Aisha Khan',
    'Payroll Clerk',
    'Friday, November 27, 2026 at 10:30 AM CST',
    'Overdue since',
    'https://nextstep.example/recruiter/applications/app-0988',
    'four days',
  ],
  thank_you_note: ['Maria Lopez', 'Warehouse Shift Supervisor', 'for Daniel Okafor', 'I enjoyed hearing how the night shift runs.', 'Kind regards,', 'Wednesday, December 2, 2026 at 9:15 AM CST', 'reply to this e-mail', 'https://nextstep.example/recruiter/applications/app-1042'],
  candidate_message: ['Maria Lopez', 'Nextstep Springfield', 'whether there is any news', 'record the contact', 'https://nextstep.example/recruiter/applications/app-1042'],
  recruiter_reply: ['Hello Maria', 'Robin Hale at Nextstep Springfield', 'The manager decides on Friday', 'Wednesday, December 2, 2026 at 9:15 AM CST', 'reply to this e-mail', '(217) 555-0142'],
  application_received: ['Maria', 'Warehouse Shift Supervisor', 'Nextstep Springfield', 'What happens next', 'Please do not call to check on it', '(217) 555-0142', 'https://nextstep.example/applications/app-1042'],
  stage_screening: ['Maria', 'Warehouse Shift Supervisor', 'looking closely at your application', '(217) 555-0142'],
  stage_offer: ['Maria', 'Warehouse Shift Supervisor', 'offer', 'Call Nextstep Springfield', '(217) 555-0142'],
  stage_rejected: ['Maria', 'Thank you for your interest', 'Forklift Operator', 'https://nextstep.example/jobs/job-2001', 'Inventory Clerk', 'Search open jobs', 'https://nextstep.example/?q'],
  stage_hired: ['Maria', 'Congratulations on your new job', 'Warehouse Shift Supervisor', '(217) 555-0142'],
  job_alert: [
    'Hello Maria',
    'Forklift Operator',
    'Springfield, IL',
    'Temp-to-hire',
    '$18.50–$22.00 an hour',
    '$42,000–$48,000 a year',
    'Move pallets safely between the dock and the racks on the day shift; certification paid for.',
    'https://nextstep.example/jobs/job-3001',
    'and 3 more',
    'https://nextstep.example/api/job-alerts/unsubscribe/sample-alert-token',
    'https://nextstep.example/api/job-alerts/manage/sample-owner-token',
  ],
  job_alert_confirmation: [
    '“forklift operator”, within 40 km of 62701',
    'every weekday morning',
    'https://nextstep.example/api/job-alerts/confirm/sample-confirm-token',
    'Thursday, December 3, 2026 at 9:00 AM CST',
  ],
  password_reset: [
    'Maria',
    'maria.lopez@example.com',
    'https://nextstep.example/reset-password?token',
    'sample-reset-token',
    'Tuesday, December 1, 2026 at 2:30 PM CST',
    '30 minutes',
    'Did not ask for this?',
    'your password stays as it is',
  ],
  verify_email: [
    'Maria',
    'maria.lopez@example.com',
    'https://nextstep.example/verify-email?token',
    'sample-verify-token',
    'Thursday, December 3, 2026 at 2:00 PM CST',
    '48 hours',
    'Did not create an account?',
  ],
  password_changed: ['Maria', 'Tuesday, December 1, 2026 at 2:05 PM CST', 'signed out', 'If you did not', 'https://nextstep.example/reset-password', 'tell your branch'],
};

const SUBJECTS: Record<EmailKind, string> = {
  interview_confirmation: 'Interview confirmed: Warehouse Shift Supervisor on Tuesday, December 1, 2026 at 2:00 PM CST',
  interview_cancelled: 'Interview cancelled: Warehouse Shift Supervisor on Tuesday, December 1, 2026 at 2:00 PM CST',
  interview_reminder: 'Reminder: your interview for Warehouse Shift Supervisor is on Tuesday, December 1, 2026 at 2:00 PM CST',
  thank_you_reminder: 'Thank Daniel Okafor for your interview: your draft note is ready',
  follow_up_reminder: 'Time to call Nextstep Springfield about your Warehouse Shift Supervisor interview',
  owed_news_digest: '2 candidates are waiting for news at Nextstep Springfield',
  thank_you_note: 'Thank-you note from Maria Lopez after the Warehouse Shift Supervisor interview',
  candidate_message: 'Message from Maria Lopez about Warehouse Shift Supervisor',
  recruiter_reply: 'Nextstep Springfield replied about your application for Warehouse Shift Supervisor',
  application_received: 'We have your application for Warehouse Shift Supervisor',
  stage_screening: 'Good news about your application for Warehouse Shift Supervisor',
  stage_offer: 'An offer for Warehouse Shift Supervisor',
  stage_rejected: 'About your application for Warehouse Shift Supervisor',
  stage_hired: 'Welcome aboard: Warehouse Shift Supervisor',
  job_alert: '5 new jobs for your alert “forklift operator”, within 40 km of 62701',
  job_alert_confirmation: 'Confirm your job alert: “forklift operator”, within 40 km of 62701',
  password_reset: 'Choose a new password for Nextstep',
  verify_email: 'Confirm your e-mail address for Nextstep',
  password_changed: 'Your Nextstep password was changed',
};

function expectClean(email: RenderedEmail): void {
  for (const output of [email.subject, email.html, email.text]) {
    expect(output.trim()).not.toBe('');
    expect(output).not.toMatch(/\{\{|\}\}|undefined|\bnull\b|\[object Object\]|NaN|Invalid Date/);
  }
  expect(email.subject).not.toMatch(/[\r\n]/);
  // The text version is written as text, not HTML with the tags stripped.
  expect(email.text).not.toMatch(/<[a-z/][^>]*>|&[a-z]+;/i);
  expect(email.html).toMatch(/^<!DOCTYPE html>/);
}

/** Text content of the HTML, entities decoded, for fact checks across markup. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;|&ldquo;|&rdquo;/g, '"')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('every e-mail renders for real in HTML and text', () => {
  it.each(EMAIL_KINDS)('%s', (kind) => {
    const email = renderer.render(kind, sampleEmailData(kind));
    expectClean(email);
    expect(email.subject).toBe(SUBJECTS[kind]);
    // Links count too: they sit in href attributes of the HTML.
    const html = `${visibleText(email.html)} ${email.html}`.toLowerCase();
    const text = email.text.replace(/\s+/g, ' ').toLowerCase();
    for (const fact of KEY_FACTS[kind]) {
      expect(html, `HTML of ${kind} should contain "${fact}"`).toContain(fact.toLowerCase());
      expect(text, `text of ${kind} should contain "${fact}"`).toContain(fact.toLowerCase());
    }
  });
});

describe('candidate e-mails', () => {
  it('carry the unsubscribe link and say why they were sent; the recruiter digest has no unsubscribe link', () => {
    const email = renderer.render('follow_up_reminder', sampleEmailData('follow_up_reminder'));
    expect(email.html).toContain('href="https://nextstep.example/unsubscribe/sample-token"');
    expect(email.text).toContain('Why you got this: you applied for Warehouse Shift Supervisor');
    const digest = renderer.render('owed_news_digest', sampleEmailData('owed_news_digest'));
    expect(digest.text).toContain('you are a recruiter at Nextstep Springfield');
    expect(digest.text).not.toContain('Unsubscribe');
  });

  it('attach an .ics request to the confirmation and a cancellation with the same UID and a higher SEQUENCE', () => {
    const confirmation = renderer.render('interview_confirmation', sampleEmailData('interview_confirmation'));
    const cancelled = renderer.render('interview_cancelled', sampleEmailData('interview_cancelled'));
    const [request] = confirmation.attachments;
    const [cancel] = cancelled.attachments;
    expect(request?.contentType).toMatch(/^text\/calendar; method=REQUEST/);
    expect(cancel?.contentType).toMatch(/^text\/calendar; method=CANCEL/);
    expect(request?.content).toContain('METHOD:REQUEST');
    expect(cancel?.content).toContain('STATUS:CANCELLED');
    const uid = (ics: string | undefined) => /\r\nUID:(.*)\r\n/.exec(ics ?? '')?.[1];
    const sequence = (ics: string | undefined) => Number(/\r\nSEQUENCE:(\d+)\r\n/.exec(ics ?? '')?.[1]);
    expect(uid(cancel?.content)).toBe(uid(request?.content));
    expect(sequence(cancel?.content)).toBeGreaterThan(sequence(request?.content));
    expect(renderer.render('interview_reminder', sampleEmailData('interview_reminder')).attachments).toEqual([]);
  });

  it('say "moved" for a rescheduled interview', () => {
    const email = renderer.render('interview_confirmation', { ...sampleEmailData('interview_confirmation'), isUpdate: true });
    expect(email.subject).toMatch(/^Interview moved: /);
    expect(email.text).toContain('has been MOVED');
    expectClean(email);
  });

  it("show times in the candidate's own time zone", () => {
    const data = sampleEmailData('interview_reminder');
    data.candidate.timeZone = 'Europe/Berlin';
    const email = renderer.render('interview_reminder', data);
    expect(email.text).toContain('Tuesday, December 1, 2026 at 9:00 PM GMT+1');
  });
});

describe('missing optional data renders sensibly', () => {
  it('a company without mission, values, goals or operations: the research list says where to look, the letter skips the mission line', () => {
    const data = sampleEmailData('interview_confirmation');
    data.company = { name: 'Acme Tools', website: 'https://acme.example' };
    const email = renderer.render('interview_confirmation', data);
    expectClean(email);
    expect(email.text).toContain("Find out Acme Tools' mission");
    expect(email.text).toContain('https://acme.example');

    const thanks = sampleEmailData('thank_you_reminder');
    thanks.company = { name: 'Acme Tools', mission: '   ' };
    const letter = renderer.render('thank_you_reminder', thanks);
    expectClean(letter);
    expect(letter.text).toContain('position at Acme Tools');
    expect(letter.text).not.toContain('What you are working towards');
  });

  it('a confidential company is never named, in the body, the subject or the calendar file', () => {
    for (const kind of ['interview_confirmation', 'interview_cancelled', 'thank_you_reminder', 'follow_up_reminder'] as const) {
      const data = sampleEmailData(kind);
      data.company = { ...data.company, confidential: true, descriptor: 'a regional logistics company' };
      const email = renderer.render(kind, data);
      expectClean(email);
      const everything = [email.subject, email.html, email.text, ...email.attachments.map((a) => a.content)].join('\n');
      expect(everything).not.toContain('Northwind');
      expect(everything).not.toContain('northwind.example');
      if (kind.startsWith('interview')) expect(email.text).toContain('a regional logistics company');
    }
    const data = sampleEmailData('interview_confirmation');
    data.company = { name: 'Northwind Logistics', confidential: true };
    expect(renderer.render('interview_confirmation', data).text).toContain('a client company of the agency');
  });

  it('a phone interview without a location, a branch without address or hours, a candidate without a last name', () => {
    const data = sampleEmailData('interview_confirmation');
    data.interview = { ...data.interview, mode: 'phone', location: null };
    data.branch = { name: 'Nextstep Peoria', phone: '+1 309 555 0100', email: 'peoria@nextstep.example' };
    data.candidate = { ...data.candidate, lastName: undefined };
    const email = renderer.render('interview_confirmation', data);
    expectClean(email);
    expect(email.text).toContain('Where: By phone. Daniel Okafor will call you on the number in your profile.');
    expect(email.text).not.toContain('Address:');
    expect(email.text).not.toContain('Opening hours');
    expect(email.html).toContain('href="tel:+13095550100"');
    expect(email.attachments[0]?.content).toContain('LOCATION:Phone call');
    expect(email.attachments[0]?.content).toContain('ATTENDEE;CN="Maria"');

    const video = sampleEmailData('interview_reminder');
    video.interview = { ...video.interview, mode: 'video', location: undefined };
    const reminder = renderer.render('interview_reminder', video);
    expectClean(reminder);
    expect(reminder.text).toContain('Your branch will send you the link.');
    expect(reminder.text).toContain('Test the link');
  });

  it('a follow-up period other than two weeks, and an empty digest', () => {
    const data = sampleEmailData('follow_up_reminder');
    data.followUpAfterDays = 10;
    expect(renderer.render('follow_up_reminder', data).text).toContain('at least ten days since');

    const digest = sampleEmailData('owed_news_digest');
    digest.entries = digest.entries.slice(0, 1);
    const single = renderer.render('owed_news_digest', digest);
    expect(single.subject).toBe('1 candidate is waiting for news at Nextstep Springfield');
    digest.entries = [];
    const empty = renderer.render('owed_news_digest', digest);
    expectClean(empty);
    expect(empty.text).toContain('Nothing to do today.');
  });
});

describe('user text', () => {
  it('is HTML-escaped in HTML and left as written in text', () => {
    const data = sampleEmailData('interview_confirmation');
    data.candidate.firstName = '<script>alert(1)</script>';
    data.job.title = 'Pick & Pack "Lead"';
    data.company.mission = '<img src=x onerror=alert(1)>';
    const email = renderer.render('interview_confirmation', data);
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Pick &amp; Pack &quot;Lead&quot;');
    expect(email.text).toContain('Hello <script>alert(1)</script>,');
    expect(email.text).toContain('Pick & Pack "Lead"');
    expect(email.subject).toContain('Pick & Pack "Lead"');
  });

  it('cannot add a line to the subject', () => {
    const data = sampleEmailData('thank_you_reminder');
    data.interview.interviewerName = 'Eve\r\nBcc: victim@example.com';
    expect(renderer.render('thank_you_reminder', data).subject).toBe(
      'Thank Eve Bcc: victim@example.com for your interview: your draft note is ready',
    );
  });

  it('links must be absolute http(s) URLs', () => {
    const data = sampleEmailData('follow_up_reminder');
    data.links.portal = 'javascript:alert(1)';
    expect(() => renderer.render('follow_up_reminder', data)).toThrow(/must use http or https/);
    data.links.portal = '/applications/1';
    expect(() => renderer.render('follow_up_reminder', data)).toThrow(/absolute URL/);
  });

  it('an unknown time zone fails instead of showing a wrong time', () => {
    const data = sampleEmailData('interview_reminder');
    data.candidate.timeZone = 'Mars/Olympus_Mons';
    expect(() => renderer.render('interview_reminder', data)).toThrow(RangeError);
  });
});

describe('MailRenderer.load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mail-templates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails at start-up when a template names a field that does not exist (strict mode)', () => {
    cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
    const file = join(dir, 'emails', 'follow_up_reminder', 'text.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{{candidate.firstName}}', '{{candidate.frstName}}'));
    expect(() => MailRenderer.load({ templatesDir: dir })).toThrow(/frstName/);
  });

  it('fails at start-up on a syntax error', () => {
    cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'partials', 'html', 'button.hbs'), '{{#if url}}unclosed');
    expect(() => MailRenderer.load({ templatesDir: dir })).toThrow();
  });
});
