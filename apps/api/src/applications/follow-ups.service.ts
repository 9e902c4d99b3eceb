import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Application, Branch, Company, Job, Message, User } from '@nextstep/db';
import {
  adviseFollowUp,
  adviseThankYou,
  assessResumeFit,
  companyResearchChecklist,
  type Advice,
  type FollowUpCode,
  type ThankYouCode,
} from '@nextstep/guidance';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { ApiError } from '../common/errors/api-error';
import { ApplicationStore } from './application-store';
import type { FollowUpDto } from './dto/application-input.dto';
import type { GuidanceDto, InboxItemDto, MessageDto } from './dto/application.dto';

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
  async send(candidate: AuthUser, id: string, dto: FollowUpDto): Promise<MessageDto> {
    return this.dataSource.transaction(async (manager) => {
      const { application } = await this.store.load(manager, candidate, id, true);
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
      return { id: message.id, kind: message.kind, body: message.body, createdAt: message.createdAt, readAt: message.readAt };
    });
  }

  async guidance(user: AuthUser, id: string): Promise<GuidanceDto> {
    const manager = this.dataSource.manager;
    const { application, job } = await this.store.load(manager, user, id);
    const [company, branch, facts, interviews] = await Promise.all([
      manager.findOneByOrFail(Company, { id: job.companyId }),
      manager.findOneByOrFail(Branch, { id: job.branchId }),
      this.store.facts(manager, application),
      this.store.interviews(manager, id),
    ]);
    const now = this.store.now();
    const followUp = adviseFollowUp(facts, now, this.store.policy);
    const thankYou = adviseThankYou(facts, now, this.store.policy);
    const research = companyResearchChecklist({ ...company, name: company.confidential ? 'the company' : company.name });
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
      thankYou,
      resumeFit: assessResumeFit(job, application.resumeText ?? ''),
      companyResearch: research,
      nextSteps: steps,
    };
  }

  /** Candidates' messages and thank-you letters for the recruiter's branch (or all, for admins), newest first. */
  async inbox(user: AuthUser, limit = 50): Promise<InboxItemDto[]> {
    const qb = this.dataSource
      .createQueryBuilder(Message, 'm')
      .innerJoin(Application, 'a', 'a.id = m.application_id')
      .innerJoin(Job, 'j', 'j.id = a.job_id')
      .innerJoin(User, 'u', 'u.id = m.sender_id')
      .select([
        'm.id AS id',
        'm.kind AS kind',
        'm.body AS body',
        'm.created_at AS created_at',
        'a.id AS application_id',
        'j.title AS job_title',
        'u.id AS candidate_id',
        'u.first_name AS first_name',
        'u.last_name AS last_name',
      ])
      .orderBy('m.created_at', 'DESC')
      .limit(limit);
    if (user.role === 'recruiter') qb.where('j.branch_id = :branchId', { branchId: user.branchId });
    const rows = await qb.getRawMany<{
      id: string;
      kind: string;
      body: string;
      created_at: Date;
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
      applicationId: r.application_id,
      jobTitle: r.job_title,
      candidate: { id: r.candidate_id, firstName: r.first_name, lastName: r.last_name },
    }));
  }
}
