import { Branch, Job, Message, User } from '@nextstep/db';
import { headerOf } from '@nextstep/mail/testing';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { closeAfterEach, createCandidateApplication, eventually, scheduledEmails, startSendingWorker, writeOutbox } from '../testing/worker-fixtures';

const cleanup = closeAfterEach();

describe("a recruiter's reply reaches the candidate", () => {
  it('once, from the branch: Reply-To the branch, the words as written, a link to the application', async () => {
    const { sink, dataSource } = await startSendingWorker(cleanup);
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
    expect(headerOf(email, 'Reply-To')).toBe(`${branch.name} <${branch.email}>`);
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
