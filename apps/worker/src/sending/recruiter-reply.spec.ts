import { Branch, Job, Message, User } from '@nextstep/db';
import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '@nextstep/mail/testing';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCandidateApplication, eventually, resetWorkerState, scheduledEmails, startTestWorker, writeOutbox } from '../testing/worker-fixtures';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

function header(email: ReceivedEmail | undefined, name: string): string | undefined {
  const [head = ''] = (email?.raw ?? '').split(/\r?\n\r?\n/);
  return head
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}: `));
}

describe("a recruiter's reply reaches the candidate", () => {
  it('once, from the branch: Reply-To the branch, the words as written, a link to the application', async () => {
    const sink: SmtpSink = await startSmtpSink();
    cleanup.push(() => sink.close());
    const worker = await startTestWorker({ SMTP_URL: sink.url, SEND_WINDOW: 'always' });
    cleanup.push(() => worker.close());
    const { dataSource } = worker;
    await resetWorkerState(dataSource, worker.queue);
    const { application, candidate } = await createCandidateApplication(dataSource);
    const job = await dataSource.getRepository(Job).findOneByOrFail({ id: application.jobId });
    const branch = await dataSource.getRepository(Branch).findOneByOrFail({ id: job.branchId });
    const robin = await dataSource.getRepository(User).save({
      email: `robin-${randomUUID()}@nextstep.example`,
      passwordHash: '!test',
      role: 'recruiter' as const,
      firstName: 'Robin',
      lastName: 'Hale',
      timeZone: 'America/Chicago',
      branchId: job.branchId,
    });
    const reply = await dataSource
      .getRepository(Message)
      .save({ applicationId: application.id, senderId: robin.id, kind: 'message' as const, body: 'Hello Maria,\n\nThe manager decides <soon>; I will call you on Friday.', readAt: new Date() });
    await writeOutbox(dataSource, 'application.recruiter_replied', application.id, { messageId: reply.id });
    // Relayed twice (a replayed batch): still one e-mail.
    await writeOutbox(dataSource, 'application.recruiter_replied', application.id, { messageId: reply.id });

    const [email] = await sink.waitForMessages(1, 10_000);
    expect(email?.envelope.to).toEqual([candidate.email]);
    expect(header(email, 'Reply-To')).toBe(`Reply-To: ${branch.name} <${branch.email}>`);
    expect(email?.parsed.subject).toBe(`${branch.name} replied about your application for ${job.title}`);
    expect(email?.parsed.text).toContain(`Robin Hale at ${branch.name} wrote to you`);
    expect(email?.parsed.text).toContain('The manager decides <soon>; I will call you on Friday.');
    expect(String(email?.parsed.html)).toContain('The manager decides &lt;soon&gt;; I will call you on Friday.');
    expect(String(email?.parsed.html)).toContain(`/applications/${application.id}`);
    await eventually(async () => {
      const rows = (await scheduledEmails(dataSource, application.id)).filter((row) => row.kind === 'recruiter_reply');
      return rows.length === 1 && rows[0]?.status === 'sent';
    }, 'the reply row is sent, once');
    expect(sink.received).toHaveLength(1);
  });
});
