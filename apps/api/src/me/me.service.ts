import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Application, ApplicationEvent, CandidateProfile, EmployerContact, Interview, Message, OutboxEvent, RefreshToken, User } from '@nextstep/db';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service';
import type { AuthUser } from '../auth/auth-user';
import { PasswordService } from '../auth/password.service';
import { ApiError } from '../common/errors/api-error';
import type { ProfileDto, UpdateProfileDto } from './dto/profile.dto';
import { extractResumeText } from './resume-text';
import { ResumeExtractor } from './resume-extraction/resume-extractor.service';
import { ErrorCode } from '@nextstep/contracts';

export interface StoredResume {
  data: Buffer;
  fileName: string;
  contentType: string;
}

@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly applications: ApplicationsService,
    private readonly resumeReader: ResumeExtractor,
  ) {}

  async profile(userId: string, manager: EntityManager = this.dataSource.manager): Promise<ProfileDto> {
    const user = await manager.findOneByOrFail(User, { id: userId });
    const profile = await this.profileRow(manager, userId);
    return {
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      phone: user.phone,
      city: user.city,
      timeZone: user.timeZone,
      resumeText: profile.resumeText,
      skills: profile.skills,
      guidanceEmails: profile.guidanceEmails,
      resumeFile:
        profile.resumeFileName && profile.resumeContentType && profile.resumeSizeBytes !== null && profile.resumeUploadedAt
          ? {
              fileName: profile.resumeFileName,
              contentType: profile.resumeContentType,
              sizeBytes: profile.resumeSizeBytes,
              uploadedAt: profile.resumeUploadedAt,
            }
          : null,
    };
  }

  async updateProfile(userId: string, dto: UpdateProfileDto): Promise<ProfileDto> {
    return this.dataSource.transaction(async (manager) => {
      const userChanges: Partial<User> = {};
      if (dto.firstName !== undefined) userChanges.firstName = dto.firstName;
      if (dto.lastName !== undefined) userChanges.lastName = dto.lastName;
      if (dto.phone !== undefined) userChanges.phone = dto.phone || null;
      if (dto.city !== undefined) userChanges.city = dto.city || null;
      if (dto.timeZone !== undefined) userChanges.timeZone = dto.timeZone;
      if (Object.keys(userChanges).length) await manager.update(User, { id: userId }, userChanges);

      const profileChanges: Partial<CandidateProfile> = {};
      if (dto.resumeText !== undefined) profileChanges.resumeText = dto.resumeText?.trim() || null;
      if (dto.skills !== undefined) profileChanges.skills = uniqueSkills(dto.skills);
      if (dto.guidanceEmails !== undefined) profileChanges.guidanceEmails = dto.guidanceEmails;
      if (Object.keys(profileChanges).length) {
        await this.profileRow(manager, userId);
        await manager.update(CandidateProfile, { userId }, profileChanges);
      }
      return this.profile(userId, manager);
    });
  }

  /** Stores the file and replaces the resume text with what it says. */
  async uploadResume(userId: string, data: Buffer, declaredType: string, fileName: string): Promise<ProfileDto> {
    const { contentType, text } = await extractResumeText(data, declaredType, fileName, this.resumeReader);
    return this.dataSource.transaction(async (manager) => {
      await this.profileRow(manager, userId);
      await manager.update(
        CandidateProfile,
        { userId },
        {
          resumeFile: data,
          resumeFileName: safeFileName(fileName),
          resumeContentType: contentType,
          resumeSizeBytes: data.length,
          resumeUploadedAt: new Date(),
          resumeText: text,
        },
      );
      return this.profile(userId, manager);
    });
  }

  async resumeFile(userId: string): Promise<StoredResume | null> {
    const row = await this.dataSource
      .getRepository(CandidateProfile)
      .createQueryBuilder('p')
      .addSelect('p.resumeFile')
      .where('p.userId = :userId', { userId })
      .getOne();
    if (!row?.resumeFile || !row.resumeFileName || !row.resumeContentType) return null;
    return { data: row.resumeFile, fileName: row.resumeFileName, contentType: row.resumeContentType };
  }

  /** Everything the product holds about the candidate, in one JSON document. */
  async export(userId: string): Promise<Record<string, unknown>> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const me: AuthUser = { id: user.id, role: user.role, branchId: user.branchId };
    const mine = await this.applications.listMine(me);
    // Each in full: cover letter, resume text, interviews, history, messages and the agency's contacts.
    const applications = [];
    for (const summary of mine) applications.push(await this.applications.detail(me, summary.id));
    const sessions = await this.dataSource.getRepository(RefreshToken).find({
      select: { createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
      where: { userId },
      order: { createdAt: 'ASC' },
    });
    return {
      exportedAt: new Date().toISOString(),
      account: { id: user.id, email: user.email, role: user.role, createdAt: user.createdAt, updatedAt: user.updatedAt },
      profile: await this.profile(userId),
      applications,
      messages: applications.flatMap((a) => a.messages.map((m) => ({ ...m, applicationId: a.id }))),
      sessions: sessions.map((s) => ({ startedOrRenewedAt: s.createdAt, expiresAt: s.expiresAt, usedAt: s.usedAt, revokedAt: s.revokedAt })),
    };
  }

  /**
   * Erases the account in one transaction: contact details and the resume are
   * removed, the account row keeps only an anonymous id (so statistics about
   * applications still add up), and every session ends.
   */
  async erase(userId: string, password: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOneOrFail();
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_CREDENTIALS, 'The password is not correct.', {
        fields: { password: 'password is not correct' },
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      await manager.update(
        User,
        { id: userId },
        {
          email: `erased-${randomUUID()}@erased.invalid`,
          // Not an Argon2 hash, so no password can ever match it again.
          passwordHash: '!erased',
          firstName: 'Erased',
          lastName: 'Candidate',
          phone: null,
          city: null,
          erasedAt: now,
          deactivatedAt: now,
          tokenVersion: () => 'token_version + 1',
        },
      );
      await manager.delete(CandidateProfile, { userId });
      await manager.delete(RefreshToken, { userId });

      // Applications stay for the agency's statistics (job, stage, dates) without anything personal.
      const applicationIds = (await manager.find(Application, { select: { id: true }, where: { candidateId: userId } })).map((a) => a.id);
      if (applicationIds.length) {
        await manager.update(Application, applicationIds, { coverLetter: null, resumeText: null });
        // The whole conversation: the candidate's notes and what the branch wrote to them (replies, recorded contacts).
        await manager.delete(Message, { senderId: userId });
        await manager.delete(Message, { applicationId: In(applicationIds) });
        await manager
          .createQueryBuilder()
          .update(EmployerContact)
          .set({ summary: '[erased]' })
          .where('application_id IN (:...ids)', { ids: applicationIds })
          .execute();
        await manager.createQueryBuilder().update(ApplicationEvent).set({ note: null }).where('application_id IN (:...ids)', { ids: applicationIds }).execute();
        await manager.createQueryBuilder().update(Interview).set({ nextSteps: null }).where('application_id IN (:...ids)', { ids: applicationIds }).execute();
      }
      // The worker cancels every pending e-mail to this candidate.
      await manager.insert(OutboxEvent, { type: 'candidate.erased', applicationId: null, payload: { userId } });
    });
  }

  private async profileRow(manager: EntityManager, userId: string): Promise<CandidateProfile> {
    await manager.createQueryBuilder().insert().into(CandidateProfile).values({ userId }).orIgnore().execute();
    return manager.findOneByOrFail(CandidateProfile, { userId });
  }
}

function uniqueSkills(skills: string[]): string[] {
  const seen = new Set<string>();
  return skills
    .map((skill) => skill.trim().replace(/\s+/g, ' '))
    .filter((skill) => skill && !seen.has(skill.toLowerCase()) && seen.add(skill.toLowerCase()));
}

function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^\w .()-]/g, '_').slice(0, 200).trim();
  return cleaned || 'resume';
}
