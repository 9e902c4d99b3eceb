import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BranchDto } from '../../branches/dto/branch.dto';
import { CompanyPublicProfileDto, CompanyRefDto } from '../../companies/dto/company.dto';
import { APPLICATION_EVENT_TYPES, APPLICATION_STATUSES, CONTACT_CHANNELS, INTERVIEW_MODES, INTERVIEW_STATUSES, MESSAGE_KINDS, type ApplicationStatus } from '@nextstep/db';
import { FOLLOW_UP_CODES, RESEARCH_ITEMS, THANK_YOU_CODES, type FollowUpCode, type ResearchItem, type ThankYouCode } from '@nextstep/guidance';

export class RefDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class PersonDto {
  @ApiProperty() id!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
}

/** The candidate as the branch's staff see them: how to reach them. */
export class CandidateContactDto extends PersonDto {
  @ApiProperty({ nullable: true, type: String, description: 'Null once the candidate erased their account.' }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ description: 'Whether the candidate confirmed the address (verification link or password reset).' }) emailVerified!: boolean;
}

export class ResumeFileDto {
  @ApiProperty({ example: 'resume.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes!: number | null;
  @ApiProperty({ nullable: true, type: Date }) uploadedAt!: Date | null;
}

export class StaffCandidateDto extends CandidateContactDto {
  @ApiProperty({ nullable: true, type: ResumeFileDto, description: "The file on the candidate's profile (GET /api/applications/{id}/resume-file); null when none was uploaded." })
  resumeFile!: ResumeFileDto | null;
}

export class JobRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'temp_to_hire' }) employmentType!: string;
}

export class ApplicationSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty() appliedAt!: Date;
  @ApiProperty() version!: number;
  @ApiProperty({ nullable: true, type: Date, description: 'When a follow-up call becomes right, if an interview took place.' }) followUpDueAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'Start of the next interview that has not ended yet.' }) nextInterviewAt!: Date | null;
  @ApiProperty({ type: () => JobRefDto }) job!: JobRefDto;
  @ApiProperty({ type: CompanyRefDto }) company!: CompanyRefDto;
  @ApiProperty({ type: RefDto }) branch!: RefDto;
  @ApiPropertyOptional({ type: CandidateContactDto, description: "For recruiters and admins: the candidate's name, e-mail and phone." }) candidate?: CandidateContactDto;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'For recruiters and admins: when the latest held interview ended.' }) lastInterviewAt?: Date | null;
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationSummaryDto] }) items!: ApplicationSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class InterviewDto {
  @ApiProperty() id!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty() scheduledAt!: Date;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty({ enum: INTERVIEW_MODES }) mode!: string;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty() interviewerName!: string;
  @ApiProperty({ nullable: true, type: String }) interviewerEmail!: string | null;
  @ApiProperty({ enum: INTERVIEW_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: Date }) completedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) nextSteps!: string | null;
}

export class ActorDto {
  @ApiProperty({ nullable: true, type: String, description: "Null for staff when a candidate reads their history: the agency's people are named by branch, not by id." })
  id!: string | null;
  @ApiProperty({ example: 'Robin Staff' }) name!: string;
  @ApiProperty({ example: 'recruiter' }) role!: string;
}

export class HistoryEntryDto {
  @ApiProperty({ enum: APPLICATION_EVENT_TYPES }) type!: string;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ nullable: true, enum: APPLICATION_STATUSES }) from!: string | null;
  @ApiProperty({ nullable: true, enum: APPLICATION_STATUSES }) to!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ type: ActorDto }) by!: ActorDto;
}

export class MessageDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: MESSAGE_KINDS }) kind!: string;
  @ApiProperty({ enum: ['candidate', 'branch'], description: "candidate: the candidate wrote it; branch: a recruiter's reply, e-mailed to the candidate." })
  from!: 'candidate' | 'branch';
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
}

export class DeliveryBranchDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() phone!: string;
  @ApiProperty() email!: string;
}

/** Where a candidate's note goes: it is e-mailed (and kept in the branch inbox too). */
export class DeliveryDto {
  @ApiProperty({
    enum: ['interviewer_email', 'branch_email'],
    description: "interviewer_email: to the interviewer, with a copy to the branch's recruiters; branch_email: to the branch's recruiters.",
  })
  channel!: 'interviewer_email' | 'branch_email';
  @ApiProperty({ type: DeliveryBranchDto }) branch!: DeliveryBranchDto;
  @ApiProperty({ nullable: true, type: String, description: 'For a thank-you note: who interviewed the candidate (the note is addressed to them).' })
  interviewerName!: string | null;
  @ApiProperty({ example: 'Sent to Pat Lee, who interviewed you, by e-mail, with a copy to your branch, Nextstep Joliet.' }) summary!: string;
}

export class SentMessageDto extends MessageDto {
  @ApiProperty({ type: DeliveryDto }) deliveredTo!: DeliveryDto;
}

export class ContactRecordDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() contactedAt!: Date;
}

export class EmailRecordDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'follow_up_reminder' }) kind!: string;
  @ApiProperty({ enum: ['scheduled', 'sending', 'sent', 'cancelled', 'skipped', 'failed'] }) status!: string;
  @ApiProperty({ description: 'When it is (or was) due to go out.' }) sendAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) sentAt!: Date | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was cancelled or skipped.' }) reason!: string | null;
}

export class ApplicationDetailDto extends ApplicationSummaryDto {
  @ApiPropertyOptional({ type: StaffCandidateDto, description: "For recruiters and admins: the candidate's contact details and resume file." })
  override candidate?: StaffCandidateDto;
  @ApiProperty({ example: 'America/Chicago', description: "The candidate's IANA time zone: the portal shows the application's dates in it." })
  candidateTimeZone!: string;
  @ApiProperty({ nullable: true, type: String }) coverLetter!: string | null;
  @ApiProperty({ nullable: true, type: String }) resumeText!: string | null;
  @ApiProperty({ nullable: true, type: Date }) lastEmployerContactAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) decisionExpectedBy!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) thankYouSentAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) lastFollowUpAt!: Date | null;
  @ApiProperty({ type: CompanyPublicProfileDto }) companyProfile!: CompanyPublicProfileDto;
  @ApiProperty({ type: BranchDto, description: 'Whom to call: phone, e-mail, address and opening hours.' }) branchContact!: BranchDto;
  @ApiProperty({ type: [InterviewDto] }) interviews!: InterviewDto[];
  @ApiProperty({ type: [HistoryEntryDto] }) history!: HistoryEntryDto[];
  @ApiProperty({ type: [MessageDto] }) messages!: MessageDto[];
  @ApiProperty({ type: [ContactRecordDto] }) contacts!: ContactRecordDto[];
  @ApiProperty({ type: [EmailRecordDto], description: 'The e-mails the product scheduled or sent about this application.' }) emails!: EmailRecordDto[];
}

class AdviceFields {
  @ApiProperty() allowed!: boolean;
  @ApiProperty() message!: string;
  @ApiProperty({ nullable: true, type: Date, description: 'When "not yet" is expected to change.' }) earliestAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) dueAt!: Date | null;
}

export class FollowUpAdviceDto extends AdviceFields {
  @ApiProperty({ enum: FOLLOW_UP_CODES, enumName: 'FollowUpCode' }) code!: FollowUpCode;
}

export class ThankYouAdviceDto extends AdviceFields {
  @ApiProperty({ enum: THANK_YOU_CODES, enumName: 'ThankYouCode' }) code!: ThankYouCode;
  @ApiProperty({ description: 'The note is ideally sent within this many hours of the interview; dueAt is that moment.', example: 24 })
  withinHours!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Who interviewed the candidate last; the note is addressed to them.' })
  interviewerName!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'While the code is SEND_THANK_YOU: the draft note, paragraphs separated by a blank line. The thank-you reminder e-mail shows the same text.',
  })
  draft!: string | null;
}

export class OpeningWindowDto {
  @ApiProperty({ type: [Number], description: 'ISO weekdays, 1 = Monday … 7 = Sunday.', example: [1, 2, 3, 4, 5] }) weekdays!: number[];
  @ApiProperty({ example: '08:00', description: 'Local time in the branch time zone.' }) start!: string;
  @ApiProperty({ example: '17:00', description: 'Local time in the branch time zone; 24:00 is midnight.' }) end!: string;
}

export class BranchCallDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() phone!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ example: 'Mon–Fri 8:00–17:00', description: 'As the branch wrote it.' }) openingHours!: string;
  @ApiProperty({ example: 'America/Chicago' }) timeZone!: string;
  @ApiProperty({ nullable: true, type: [OpeningWindowDto], description: 'openingHours read into weekly windows; null when the text could not be read.' })
  windows!: OpeningWindowDto[] | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Open at the time of this answer; null when the hours could not be read.' }) openNow!: boolean | null;
  @ApiProperty({ nullable: true, type: Date, description: 'While closed: when the branch next opens.' }) opensAt!: Date | null;
}

export class ResumeFitDto {
  @ApiProperty({ description: 'Share of the job skills found in the resume, 0 to 1.' }) score!: number;
  @ApiProperty({ type: [String] }) matched!: string[];
  @ApiProperty({ type: [String] }) missing!: string[];
}

export class ResearchItemDto {
  @ApiProperty({ enum: RESEARCH_ITEMS }) item!: ResearchItem;
  @ApiProperty() known!: boolean;
  @ApiProperty() prompt!: string;
}

export class GuidanceDto {
  @ApiProperty({ enum: APPLICATION_STATUSES }) stage!: ApplicationStatus;
  @ApiProperty({ type: FollowUpAdviceDto }) followUp!: FollowUpAdviceDto;
  @ApiProperty({ type: ThankYouAdviceDto }) thankYou!: ThankYouAdviceDto;
  @ApiProperty({ example: 'America/Chicago', description: "The candidate's IANA time zone, to show earliestAt and dueAt in." }) candidateTimeZone!: string;
  @ApiProperty({ type: BranchCallDto, description: 'Whom to call when the follow-up is allowed, and whether they are open now.' }) branch!: BranchCallDto;
  @ApiProperty({ type: ResumeFitDto }) resumeFit!: ResumeFitDto;
  @ApiProperty({ type: [ResearchItemDto] }) companyResearch!: ResearchItemDto[];
  @ApiProperty({ type: [String], description: 'What to do now, most important first.' }) nextSteps!: string[];
}

export class InboxItemDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: MESSAGE_KINDS }) kind!: string;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
  @ApiProperty() applicationId!: string;
  @ApiProperty() jobTitle!: string;
  @ApiProperty({ type: PersonDto }) candidate!: PersonDto;
}

export class StageCountDto {
  @ApiProperty({ enum: APPLICATION_STATUSES }) stage!: ApplicationStatus;
  @ApiProperty() count!: number;
}

export class TodayInterviewDto {
  @ApiProperty({ type: InterviewDto }) interview!: InterviewDto;
  @ApiProperty({ type: ApplicationSummaryDto }) application!: ApplicationSummaryDto;
  @ApiProperty({ enum: ['today', 'tomorrow'], description: "In the branch's time zone." }) day!: 'today' | 'tomorrow';
}

export class TodayBranchDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'America/Chicago' }) timeZone!: string;
}

/** The recruiter console's landing page, for one branch. */
export class TodayDto {
  @ApiProperty({ type: TodayBranchDto }) branch!: TodayBranchDto;
  @ApiProperty({ description: "The moment 'today' was computed at." }) now!: Date;
  @ApiProperty({ type: [ApplicationSummaryDto], description: 'Interviewed candidates whose follow-up falls due within 4 days or is past, most urgent first.' })
  owedNews!: ApplicationSummaryDto[];
  @ApiProperty({ type: [TodayInterviewDto], description: "Scheduled interviews today and tomorrow in the branch's time zone." }) interviews!: TodayInterviewDto[];
  @ApiProperty({ type: [InboxItemDto], description: 'Unread candidate messages and thank-you notes, newest first.' }) unread!: InboxItemDto[];
  @ApiProperty({ type: [StageCountDto], description: 'Applications per stage, every stage listed.' }) stageCounts!: StageCountDto[];
}

export class BulkResultDto {
  @ApiProperty() id!: string;
  @ApiProperty() ok!: boolean;
  @ApiProperty({ nullable: true, enum: APPLICATION_STATUSES, description: 'The stage after the attempt (null when not found).' }) status!: ApplicationStatus | null;
  @ApiProperty({ nullable: true, type: Number }) version!: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'STALE_VERSION' }) code!: string | null;
  @ApiProperty({ nullable: true, type: String }) message!: string | null;
}

export class BulkTransitionResultDto {
  @ApiProperty({ type: [BulkResultDto], description: 'One per requested application, in the order sent.' }) results!: BulkResultDto[];
}

export class InterviewConflictDto {
  @ApiProperty() interviewId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty() scheduledAt!: Date;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty() jobTitle!: string;
  @ApiProperty({ type: PersonDto }) candidate!: PersonDto;
}
