import { ACCOUNT_EMAIL_SAMPLES } from './account/account-emails';
import type { BranchContact, CandidateRecipient, CompanyInfo, EmailDataMap, EmailKind, InterviewEmailData } from './email-data';

/*
 * Realistic data for every e-mail kind: the renderer's start-up self-check,
 * the tests and the preview all use it. Each call returns fresh objects, so
 * a test may change one without affecting another.
 */

const candidate = (): CandidateRecipient => ({
  firstName: 'Maria',
  lastName: 'Lopez',
  email: 'maria.lopez@example.com',
  timeZone: 'America/Chicago',
});

const company = (): CompanyInfo => ({
  name: 'Northwind Logistics',
  mission: 'Keep every shelf in the Midwest stocked, on time and without waste.',
  values: ['Safety first', 'Own the outcome', 'Treat drivers like family'],
  goals: 'Open two new cross-docking hubs and cut empty truck miles by a fifth by 2028.',
  operations: 'Runs warehousing and regional trucking for grocery and hardware chains across six states.',
  website: 'https://northwind.example',
});

const branch = (): BranchContact => ({
  name: 'Nextstep Springfield',
  phone: '(217) 555-0142',
  email: 'springfield@nextstep.example',
  address: '200 Main Street, Suite 4, Springfield, IL 62701',
  openingHours: 'Monday to Friday, 8:00 AM to 5:00 PM',
});

const links = () => ({
  portal: 'https://nextstep.example/applications/app-1042',
  unsubscribe: 'https://nextstep.example/unsubscribe/sample-token',
});

const interviewEmail = (): InterviewEmailData => ({
  candidate: candidate(),
  job: { title: 'Warehouse Shift Supervisor' },
  company: company(),
  interview: {
    calendarUid: 'interview-7f3c2a@nextstep.example',
    sequence: 1,
    // Tuesday, December 1, 2026 at 2:00 PM in Chicago.
    start: new Date('2026-12-01T20:00:00Z'),
    durationMinutes: 45,
    mode: 'in_person',
    location: '1800 Industrial Parkway, Springfield, IL 62703 (reception, building B)',
    interviewerName: 'Daniel Okafor',
  },
  branch: branch(),
  isUpdate: false,
  links: links(),
});

const news = () => ({ candidate: candidate(), job: { title: 'Warehouse Shift Supervisor' }, company: company(), branch: branch(), links: { portal: links().portal } });

const note = () => ({
  candidate: { firstName: 'Maria', lastName: 'Lopez' },
  job: { title: 'Warehouse Shift Supervisor' },
  company: company(),
  branch: { name: 'Nextstep Springfield' },
  addressee: 'Daniel Okafor',
  passOn: false,
  body: 'Dear Daniel Okafor,\n\nThank you for meeting me today. I enjoyed hearing how the night shift runs.\nI would be glad to help the team hit its targets.\n\nKind regards,\nMaria Lopez',
  // Wednesday, December 2, 2026 at 9:15 AM in Chicago.
  sentAt: new Date('2026-12-02T15:15:00Z'),
  timeZone: 'America/Chicago',
  links: { portal: 'https://nextstep.example/recruiter/applications/app-1042' },
});

const alert = () => ({ name: '“forklift operator”, within 40 km of 62701', frequency: 'daily' as const });

const alertJob = (title: string, city: string, id: string, pay: { minCents: number; maxCents: number; period: 'hour' | 'year' }) => ({
  title,
  city,
  region: 'IL',
  employmentType: 'temp_to_hire',
  pay,
  snippet: 'Move pallets safely between the dock and the racks on the day shift; certification paid for.',
  url: `https://nextstep.example/jobs/${id}`,
});

const SAMPLES: { [K in EmailKind]: () => EmailDataMap[K] } = {
  interview_confirmation: interviewEmail,
  interview_cancelled: () => {
    const { isUpdate: _isUpdate, ...data } = interviewEmail();
    return { ...data, interview: { ...data.interview, sequence: 2 } };
  },
  interview_reminder: () => {
    const { isUpdate: _isUpdate, ...data } = interviewEmail();
    return data;
  },
  thank_you_reminder: () => ({
    candidate: candidate(),
    job: { title: 'Warehouse Shift Supervisor' },
    company: company(),
    interview: { interviewerName: 'Daniel Okafor', endedAt: new Date('2026-12-01T20:45:00Z') },
    branch: branch(),
    links: { ...links(), sendThankYou: 'https://nextstep.example/applications/app-1042/thank-you' },
  }),
  follow_up_reminder: () => ({
    candidate: candidate(),
    job: { title: 'Warehouse Shift Supervisor' },
    company: company(),
    interview: { interviewerName: 'Daniel Okafor', endedAt: new Date('2026-11-10T20:45:00Z') },
    branch: branch(),
    followUpAfterDays: 14,
    links: links(),
  }),
  owed_news_digest: () => ({
    recipient: { name: 'Priya Raman', email: 'priya.raman@nextstep.example', timeZone: 'America/Chicago' },
    branch: { name: 'Nextstep Springfield' },
    // Wednesday, November 25, 2026 at 8:00 AM in Chicago.
    asOf: new Date('2026-11-25T14:00:00Z'),
    dueWithinDays: 4,
    entries: [
      {
        candidateName: 'Tom Becker',
        jobTitle: 'Forklift Operator',
        interviewEndedAt: new Date('2026-11-13T16:30:00Z'),
        followUpDueAt: new Date('2026-11-27T16:30:00Z'),
        applicationUrl: 'https://nextstep.example/recruiter/applications/app-0988',
      },
      {
        candidateName: 'Aisha Khan',
        jobTitle: 'Payroll Clerk',
        interviewEndedAt: new Date('2026-11-10T21:00:00Z'),
        followUpDueAt: new Date('2026-11-24T21:00:00Z'),
        applicationUrl: 'https://nextstep.example/recruiter/applications/app-0971',
      },
    ],
    links: { portal: 'https://nextstep.example/recruiter/applications?owedNews=true' },
  }),
  thank_you_note: note,
  candidate_message: () => ({
    ...note(),
    addressee: null,
    body: 'Hello, I had my interview two weeks ago and wanted to ask whether there is any news.\nThank you, Maria',
  }),
  recruiter_reply: () => ({
    ...news(),
    recruiterName: 'Robin Hale',
    body: 'Hello Maria,\n\nThank you for your note. The manager decides on Friday, and I will call you that afternoon either way.\n\nRobin',
    sentAt: new Date('2026-12-02T15:15:00Z'),
  }),
  application_received: () => ({
    ...news(),
    waitAdvice: 'Please do not call to check on it: your resume and cover letter are doing the work, and the branch will contact you if it wants to meet.',
  }),
  stage_screening: news,
  stage_offer: news,
  stage_rejected: () => ({
    ...news(),
    similarJobs: [
      { title: 'Forklift Operator', city: 'Springfield', url: 'https://nextstep.example/jobs/job-2001' },
      { title: 'Inventory Clerk', city: 'Decatur', url: 'https://nextstep.example/jobs/job-2002' },
    ],
    searchUrl: 'https://nextstep.example/?q=warehouse',
  }),
  stage_hired: news,
  job_alert: () => ({
    recipient: { firstName: 'Maria', email: 'maria.lopez@example.com', timeZone: 'America/Chicago' },
    alert: alert(),
    jobs: [
      alertJob('Forklift Operator', 'Springfield', 'job-3001', { minCents: 1850, maxCents: 2200, period: 'hour' }),
      { ...alertJob('Reach Truck Operator', 'Chatham', 'job-3002', { minCents: 4_200_000, maxCents: 4_800_000, period: 'year' }), employmentType: 'direct_hire', snippet: null },
    ],
    moreCount: 3,
    links: {
      portal: 'https://nextstep.example/',
      unsubscribe: 'https://nextstep.example/api/job-alerts/unsubscribe/sample-alert-token',
      unsubscribeAll: 'https://nextstep.example/api/job-alerts/manage/sample-owner-token?all=1',
      manage: 'https://nextstep.example/api/job-alerts/manage/sample-owner-token',
      search: 'https://nextstep.example/?q=forklift+operator&postalCode=62701&radiusKm=40&sort=recent',
    },
  }),
  job_alert_confirmation: () => ({
    recipient: { email: 'sam.guest@example.com', timeZone: 'America/Chicago' },
    alert: alert(),
    // Thursday, December 3, 2026 at 9:00 AM in Chicago.
    expiresAt: new Date('2026-12-03T15:00:00Z'),
    links: { portal: 'https://nextstep.example/', confirm: 'https://nextstep.example/api/job-alerts/confirm/sample-confirm-token' },
  }),
  ...ACCOUNT_EMAIL_SAMPLES,
};

export function sampleEmailData<K extends EmailKind>(kind: K): EmailDataMap[K] {
  const build: () => EmailDataMap[K] = SAMPLES[kind];
  return build();
}
