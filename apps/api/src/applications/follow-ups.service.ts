import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Application, Branch, Company, Interview, Job, Message, User } from '@nextstep/db';
import {
  adviseFollowUp,
  adviseThankYou,
  assessResumeFit,
  companyResearchChecklist,
  interviewEnd,
  isHeld,
  resolvePolicy,
  type Advice,
  type FollowUpCode,
  type ThankYouCode,
} from '@nextstep/guidance';
import { companyInfoFrom, draftThankYouLetter } from '@nextstep/mail';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { ApiError } from '../common/errors/api-error';
import { companyForCandidates } from '../companies/candidate-view';
import { ApplicationStore } from './application.store';
import { branchOpenState } from './branch-hours';
import type { FollowUpDto } from './dto/application-input.dto';
import type { DeliveryDto, GuidanceDto, InboxItemDto, SentMessageDto } from './dto/application.dto';

@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ApplicationStore,
  ) {}

  /**
   * The server, not the portal, decides whether the candidate may get in
   * touch now; a refusal carries the rule's code, reason and earliest time.
   */
  async send(candidate: AuthUser, id: string, dto: FollowUpDto): Promise<SentMessageDto> {
    return this.dataSource.transaction(async (manager) => {
      const { application, job } = await this.store.load(manager, candidate, id, true);
      const facts = await this.store.facts(manager, application);
      const now = this.store.now();
      const advice: Advice<FollowUpCode | ThankYouCode> =
        dto.kind === 'thank_you' ? adviseThankYou(facts, now, this.store.policy) : adviseFollowUp(facts, now, this.store.policy);
      if (!advice.allowed) {
        throw new ApiError(HttpStatus.CONFLICT, advice.code, advice.message, { earliestAt: advice.earliestAt, dueAt: advice.dueAt });
      }
      const message = await manager.save(manager.create(Message, { applicationId: id, senderId: candidate.id, kind: dto.kind, body: dto.body }));
      if (dto.kind === 'thank_you') {
        await this.store.save(manager, application, { thankYouSentAt: now });
        await this.store.record(manager, id, candidate, { type: 'thank_you_sent' });
        await this.store.outbox(manager, 'application.thank_you_sent', id, { messageId: message.id });
      } else {
        await this.store.save(manager, application, { lastFollowUpAt: now });
        await this.store.record(manager, id, candidate, { type: 'follow_up_sent' });
        await this.store.outbox(manager, 'application.followed_up', id, { messageId: message.id });
      }
      const branch = await manager.findOneByOrFail(Branch, { id: job.branchId });
      const interviewer = dto.kind === 'thank_you' ? latestHeld(await this.store.interviews(manager, id), now) : null;
      return {
        id: message.id,
        kind: message.kind,
        body: message.body,
        from: 'candidate' as const,
        createdAt: message.createdAt,
        readAt: message.readAt,
        deliveredTo: delivery(branch, interviewer),
      };
    });
  }

  async guidance(user: AuthUser, id: string): Promise<GuidanceDto> {
    const manager = this.dataSource.manager;
    const { application, job } = await this.store.load(manager, user, id);
    const [company, branch, candidate, facts, interviews] = await Promise.all([
      manager.findOneByOrFail(Company, { id: job.companyId }).then(companyForCandidates),
      manager.findOneByOrFail(Branch, { id: job.branchId }),
      manager.findOneByOrFail(User, { id: application.candidateId }),
      this.store.facts(manager, application),
      this.store.interviews(manager, id),
    ]);
    const now = this.store.now();
    const followUp = adviseFollowUp(facts, now, this.store.policy);
    const thankYou = adviseThankYou(facts, now, this.store.policy);
    const held = latestHeld(interviews, now);
    // The same letter the thank-you reminder e-mail offers, from the same function.
    const draft =
      thankYou.code === 'SEND_THANK_YOU' && held
        ? draftThankYouLetter({
            candidate: { firstName: candidate.firstName, lastName: candidate.lastName, timeZone: candidate.timeZone },
            job: { title: job.title },
            company: companyInfoFrom(company),
            interview: { interviewerName: held.interviewerName, endedAt: interviewEnd(held) },
          }).join('\n\n')
        : null;
    const hours = branchOpenState(branch.openingHours, branch.timeZone, now);
    const research = companyResearchChecklist(company);
    const upcoming = interviews.find((i) => i.status === 'scheduled' && i.scheduledAt.getTime() + i.durationMinutes * 60_000 > now.getTime());

    const steps: string[] = [];
    if (followUp.code === 'CLOSED') {
      steps.push(application.status === 'hired' ? 'Congratulations on the new job: your branch will be in touch about the start.' : 'This application is closed; keep an eye on the job board for new openings.');
    } else if (followUp.code === 'OFFER_PENDING') {
      steps.push(`You have an offer: reply to it, or call ${branch.name} at ${branch.phone} with any questions.`);
    } else {
      if (upcoming) {
        for (const entry of research.filter((r) => !r.known)) steps.push(entry.prompt);
        steps.push(`Read the company's ${research.filter((r) => r.known).map((r) => r.item).join(', ') || 'profile'} before the interview and think about how you would add value.`);
        steps.push('Prepare to ask about the next steps and when they expect to decide, before you leave the interview.');
      }
      if (thankYou.allowed) steps.push(`${thankYou.message} Send it from this application.`);
      if (followUp.code === 'APPLICATION_STAGE') steps.push(followUp.message);
      if (followUp.code === 'WAIT_FOR_DECISION' || followUp.code === 'RECENTLY_FOLLOWED_UP') steps.push(followUp.message);
      if (followUp.code === 'FOLLOW_UP_NOW') steps.push(`${followUp.message} ${branch.name}: ${branch.phone} (${branch.openingHours}).`);
    }

    return {
      stage: application.status,
      followUp,
      thankYou: {
        ...thankYou,
        withinHours: resolvePolicy(this.store.policy).thankYouWithinHours,
        interviewerName: held?.interviewerName ?? null,
        draft,
      },
      candidateTimeZone: candidate.timeZone,
      branch: {
        id: branch.id,
        name: branch.name,
        phone: branch.phone,
        email: branch.email,
        openingHours: branch.openingHours,
        timeZone: branch.timeZone,
        ...hours,
      },
      resumeFit: assessResumeFit(job, application.resumeText ?? ''),
      companyResearch: research,
      nextSteps: steps,
    };
  }

  /**
   * Candidates' messages and thank-you letters for the recruiter's branch (or
   * all, or one branch, for admins), newest first. The branch's own replies
   * are not inbox items.
   */
  async inbox(user: AuthUser, options: { limit?: number; branchId?: string; unreadOnly?: boolean } = {}): Promise<InboxItemDto[]> {
    const qb = this.dataSource
      .createQueryBuilder(Message, 'm')
      .innerJoin(Application, 'a', 'a.id = m.application_id AND a.candidate_id = m.sender_id')
      .innerJoin(Job, 'j', 'j.id = a.job_id')
      .innerJoin(User, 'u', 'u.id = m.sender_id')
      .select([
        'm.id AS id',
        'm.kind AS kind',
        'm.body AS body',
        'm.created_at AS created_at',
        'm.read_at AS read_at',
        'a.id AS application_id',
        'j.title AS job_title',
        'u.id AS candidate_id',
        'u.first_name AS first_name',
        'u.last_name AS last_name',
      ])
      .orderBy('m.created_at', 'DESC')
      .limit(options.limit ?? 50);
    if (user.role === 'recruiter') qb.andWhere('j.branch_id = :branchId', { branchId: user.branchId });
    if (options.branchId) qb.andWhere('j.branch_id = :onlyBranchId', { onlyBranchId: options.branchId });
    if (options.unreadOnly) qb.andWhere('m.read_at IS NULL');
    const rows = await qb.getRawMany<{
      id: string;
      kind: string;
      body: string;
      created_at: Date;
      read_at: Date | null;
      application_id: string;
      job_title: string;
      candidate_id: string;
      first_name: string;
      last_name: string;
    }>();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      body: r.body,
      createdAt: r.created_at,
      readAt: r.read_at,
      applicationId: r.application_id,
      jobTitle: r.job_title,
      candidate: { id: r.candidate_id, firstName: r.first_name, lastName: r.last_name },
    }));
  }
}

/** The interview the thank-you note is about: the latest one held (cancelled ones never happened). */
function latestHeld(interviews: readonly Interview[], now: Date): Interview | null {
  let latest: Interview | null = null;
  for (const interview of interviews) {
    if (interview.status === 'cancelled' || !isHeld(interview, now)) continue;
    if (!latest || interviewEnd(interview).getTime() > interviewEnd(latest).getTime()) latest = interview;
  }
  return latest;
}

/**
 * Where a candidate's note went, said truthfully: notes are not e-mailed on,
 * they wait in the inbox of the job's branch for its recruiters.
 */
/** Where the worker e-mails the note (its thank_you_note and candidate_message e-mails), said the way the candidate reads it. */
function delivery(branch: Branch, interviewer: Pick<Interview, 'interviewerName' | 'interviewerEmail'> | null): DeliveryDto {
  const interviewerName = interviewer?.interviewerName ?? null;
  const byEmail = Boolean(interviewer?.interviewerEmail);
  const summary = !interviewer
    ? `Sent to your branch, ${branch.name}: its recruiters get your message by e-mail, and their answer comes to your e-mail address.`
    : byEmail
      ? `Sent to ${interviewerName}, who interviewed you, by e-mail, with a copy to your branch, ${branch.name}. A reply comes straight to your e-mail address.`
      : `Sent to your branch, ${branch.name}, which passes it on to ${interviewerName}, who interviewed you.`;
  return {
    channel: byEmail ? 'interviewer_email' : 'branch_email',
    branch: { id: branch.id, name: branch.name, phone: branch.phone, email: branch.email },
    interviewerName,
    summary,
  };
}
