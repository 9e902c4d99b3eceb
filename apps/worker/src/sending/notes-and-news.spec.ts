import { Job, Message, User } from '@nextstep/db';
import { createBranch, createJob } from '@nextstep/db/testing';
import { headerOf } from '@nextstep/mail/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import {
  addInterview,
  closeAfterEach,
  createCandidateApplication,
  eventually,
  MINUTE,
  scheduledEmails,
  startSendingWorker,
  writeOutbox,
} from '../testing/worker-fixtures';

const cleanup = closeAfterEach();

async function branchOf(dataSource: DataSource, applicationJobId: string): Promise<Job> {
  return dataSource.getRepository(Job).findOneOrFail({ where: { id: applicationJobId } });
}

async function recruiter(dataSource: DataSource, branchId: string, firstName: string): Promise<User> {
  return dataSource.getRepository(User).save({
    email: `${firstName.toLowerCase()}-${randomUUID()}@nextstep.example`,
    passwordHash: '!test',
    role: 'recruiter' as const,
    firstName,
    lastName: 'Recruiter',
    timeZone: 'America/Chicago',
    branchId,
  });
}

async function note(dataSource: DataSource, applicationId: string, senderId: string, kind: 'thank_you' | 'message', body: string): Promise<Message> {
  return dataSource.getRepository(Message).save({ applicationId, senderId, kind, body });
}

/** Waits until every row of the application (of these kinds) has left scheduled/sending, so a count afterwards is final. */
async function settled(dataSource: DataSource, applicationId: string, kinds?: string[]): Promise<void> {
  await eventually(async () => {
    const [pending] = (await dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL`)) as Array<{ n: number }>;
    if (pending?.n) return false;
    const rows = (await scheduledEmails(dataSource, applicationId)).filter((row) => !kinds || kinds.includes(row.kind));
    return rows.every((row) => row.status !== 'scheduled' && row.status !== 'sending');
  }, 'every e-mail of the application settled');
}

describe("candidates' notes reach the agency's people", () => {
  it('a thank-you note goes to the interviewer with a copy to the branch recruiters, Reply-To the candidate, the text escaped', async () => {
    const { sink, dataSource } = await startSendingWorker(cleanup);
    const { application, candidate } = await createCandidateApplication(dataSource);
    const job = await branchOf(dataSource, application.jobId);
    const [dana, sam] = [await recruiter(dataSource, job.branchId, 'Dana'), await recruiter(dataSource, job.branchId, 'Sam')];
    const ended = new Date(Date.now() - 30 * MINUTE);
    await addInterview(dataSource, application.id, { scheduledAt: new Date(ended.getTime() - 60 * MINUTE), completedAt: ended });
    await dataSource.query(`UPDATE interviews SET interviewer_name = 'Dana Whitfield', interviewer_email = 'dana.whitfield@acme.example' WHERE application_id = $1`, [application.id]);
    const body = 'Dear Dana Whitfield,\n\nThank you for the tour <b>of the dock</b>.\nI would love to join.\n\nMaria';
    const message = await note(dataSource, application.id, candidate.id, 'thank_you', body);
    await writeOutbox(dataSource, 'application.thank_you_sent', application.id, { messageId: message.id });

    const [email] = await sink.waitForMessages(1, 10_000);
    expect(email?.envelope.to.sort()).toEqual(['dana.whitfield@acme.example', dana?.email, sam?.email].sort());
    expect(headerOf(email, 'To')).toBe('Dana Whitfield <dana.whitfield@acme.example>');
    expect(headerOf(email, 'Cc')).toContain(dana?.email);
    expect(headerOf(email, 'Reply-To')).toBe(`Maria Lopez <${candidate.email}>`);
    expect(email?.parsed.subject).toBe('Thank-you note from Maria Lopez after the Forklift Operator interview');
    const html = String(email?.parsed.html);
    expect(html).toContain('Thank you for the tour &lt;b&gt;of the dock&lt;/b&gt;.<br>I would love to join.');
    expect(html).not.toContain('<b>of the dock</b>');
    expect(html).toContain(`/recruiter/applications/${application.id}`);
    expect(email?.parsed.text).toContain('Thank you for the tour <b>of the dock</b>.');
    expect(email?.parsed.text).toContain('Maria Lopez wrote this thank-you note after the interview for Forklift Operator');
    expect(email?.parsed.text).not.toContain('Please pass');
    // The thank-you reminder for the interview is still ahead; only the note is sent now.
    await settled(dataSource, application.id, ['thank_you_note']);
    expect(sink.received).toHaveLength(1);
  });

  it('without an interviewer address the branch recruiters get the note, asked to pass it on', async () => {
    const { sink, dataSource } = await startSendingWorker(cleanup);
    const { application, candidate } = await createCandidateApplication(dataSource);
    const job = await branchOf(dataSource, application.jobId);
    const dana = await recruiter(dataSource, job.branchId, 'Dana');
    const ended = new Date(Date.now() - 30 * MINUTE);
    await addInterview(dataSource, application.id, { scheduledAt: new Date(ended.getTime() - 60 * MINUTE), completedAt: ended });
    const message = await note(dataSource, application.id, candidate.id, 'thank_you', 'Thank you, Daniel, for meeting me today.');
    await writeOutbox(dataSource, 'application.thank_you_sent', application.id, { messageId: message.id });

    const [email] = await sink.waitForMessages(1, 10_000);
    expect(email?.envelope.to).toEqual([dana.email]);
    expect(headerOf(email, 'Reply-To')).toBe(`Maria Lopez <${candidate.email}>`);
    expect(email?.parsed.text).toContain('PLEASE PASS THIS NOTE ON TO Daniel Okafor.');
    expect(String(email?.parsed.html)).toContain('<strong>Please pass this note on to Daniel Okafor.</strong>');
  });

  it("a candidate's message reaches the branch recruiters with a link to the application in the console", async () => {
    const { sink, dataSource } = await startSendingWorker(cleanup);
    const { application, candidate } = await createCandidateApplication(dataSource);
    const job = await branchOf(dataSource, application.jobId);
    const dana = await recruiter(dataSource, job.branchId, 'Dana');
    // A recruiter of another branch and a deactivated one hear nothing.
    await recruiter(dataSource, (await createBranch(dataSource, { name: 'Nextstep Elsewhere' })).id, 'Other');
    await dataSource.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [(await recruiter(dataSource, job.branchId, 'Gone')).id]);
    const message = await note(dataSource, application.id, candidate.id, 'message', 'Is there any news about the position?');
    await writeOutbox(dataSource, 'application.followed_up', application.id, { messageId: message.id });

    const [email] = await sink.waitForMessages(1, 10_000);
    expect(email?.envelope.to).toEqual([dana.email]);
    expect(headerOf(email, 'Reply-To')).toBe(`Maria Lopez <${candidate.email}>`);
    expect(email?.parsed.subject).toBe('Message from Maria Lopez about Forklift Operator');
    expect(email?.parsed.text).toContain('Is there any news about the position?');
    expect(email?.parsed.text).toContain(`http://localhost:3000/recruiter/applications/${application.id}`);
    expect(String(email?.parsed.html)).toContain(`href="http://localhost:3000/recruiter/applications/${application.id}"`);
    expect(headerOf(email, 'List-Unsubscribe')).toBeUndefined();
  });
});

describe('the candidate hears about their application', () => {
  it('applying sends one confirmation with the reason not to chase the employer, however often the event is relayed', async () => {
    const { sink, dataSource } = await startSendingWorker(cleanup);
    const { application, candidate } = await createCandidateApplication(dataSource, { status: 'applied' });
    await writeOutbox(dataSource, 'application.submitted', application.id, {});
    await writeOutbox(dataSource, 'application.submitted', application.id, {});
    const [email] = await sink.waitForMessages(1, 10_000);
    await settled(dataSource, application.id);
    expect(sink.received).toHaveLength(1);
    expect(email?.envelope.to).toEqual([candidate.email]);
    expect(email?.parsed.subject).toBe('We have your application for Forklift Operator');
    const text = email?.parsed.text ?? '';
    expect(text).toContain('WHAT HAPPENS NEXT');
    // The guidance's own APPLICATION_STAGE reason, word for word.
    expect(text.replace(/\s+/g, ' ')).toMatch(/resume and cover letter/i);
    expect(String(email?.parsed.html)).toContain('What happens next');
    expect(headerOf(email, 'List-Unsubscribe')).toBeUndefined();
  });

  it('screening, offer, hired and rejected each send one short e-mail; "don\'t notify" sends none; a rejection points to similar open jobs', async () => {
    const { sink, dataSource } = await startSendingWorker(cleanup);
    const stages = ['screening', 'offer', 'hired', 'rejected'] as const;
    const subjects: Record<(typeof stages)[number], string> = {
      screening: 'Good news about your application for Forklift Operator',
      offer: 'An offer for Forklift Operator',
      hired: 'Welcome aboard: Forklift Operator',
      rejected: 'About your application for Forklift Operator',
    };
    for (const stage of stages) {
      const { application, candidate } = await createCandidateApplication(dataSource, { status: stage });
      const job = await branchOf(dataSource, application.jobId);
      if (stage === 'rejected') {
        const { branch, company } = await dataSource.getRepository(Job).findOneOrFail({ where: { id: job.id }, relations: { branch: true, company: true } });
        if (!branch || !company) throw new Error('the job has no branch or company');
        await createJob(dataSource, { branch, company, title: 'Reach Truck Driver' });
      }
      // Counted before the events are written: the worker can deliver the e-mail before the second write returns.
      const before = sink.received.length;
      await writeOutbox(dataSource, 'application.status_changed', application.id, { from: 'applied', to: stage });
      await writeOutbox(dataSource, 'application.status_changed', application.id, { from: 'applied', to: stage });
      await eventually(async () => sink.received.length > before && sink.received, `the ${stage} e-mail`);
      await settled(dataSource, application.id);
      const mine = sink.received.filter((email) => email.envelope.to.includes(candidate.email));
      expect(mine.map((email) => email.parsed.subject)).toEqual([subjects[stage]]);
      if (stage === 'rejected') {
        expect(mine[0]?.parsed.text).toContain('Thank you for your interest in Forklift Operator');
        expect(mine[0]?.parsed.text).toContain('Reach Truck Driver');
        expect(String(mine[0]?.parsed.html)).toMatch(/href="http:\/\/localhost:3000\/jobs\/[0-9a-f-]+"/);
      }
    }

    const quiet = await createCandidateApplication(dataSource, { status: 'rejected' });
    await writeOutbox(dataSource, 'application.status_changed', quiet.application.id, { from: 'applied', to: 'rejected', notify: false });
    await settled(dataSource, quiet.application.id);
    expect(sink.received.filter((email) => email.envelope.to.includes(quiet.candidate.email))).toEqual([]);
  });
});
