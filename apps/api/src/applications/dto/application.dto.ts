import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BranchDto } from '../../branches/dto/branch.dto';
import { CompanyPublicProfileDto, CompanyRefDto } from '../../companies/dto/company.dto';
import { APPLICATION_STATUSES, CONTACT_CHANNELS, INTERVIEW_MODES, INTERVIEW_STATUSES, MESSAGE_KINDS, type ApplicationStatus } from '@nextstep/db';

export class RefDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class PersonDto {
  @ApiProperty() id!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
}

export class ApplicationSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty() appliedAt!: Date;
  @ApiProperty() version!: number;
  @ApiProperty({ nullable: true, type: Date, description: 'When a follow-up call becomes right, if an interview took place.' }) followUpDueAt!: Date | null;
  @ApiProperty() job!: { id: string; title: string; employmentType: string };
  @ApiProperty({ type: CompanyRefDto }) company!: CompanyRefDto;
  @ApiProperty({ type: RefDto }) branch!: RefDto;
  @ApiPropertyOptional({ type: PersonDto, description: 'For recruiters and admins.' }) candidate?: PersonDto;
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

export class HistoryEntryDto {
  @ApiProperty() type!: string;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ nullable: true, enum: APPLICATION_STATUSES }) from!: string | null;
  @ApiProperty({ nullable: true, enum: APPLICATION_STATUSES }) to!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() by!: { id: string; name: string; role: string };
}

export class MessageDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: MESSAGE_KINDS }) kind!: string;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
}

export class ContactRecordDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() contactedAt!: Date;
}

export class EmailRecordDto {
  @ApiProperty({ example: 'follow_up_reminder' }) kind!: string;
  @ApiProperty({ enum: ['scheduled', 'sending', 'sent', 'cancelled', 'skipped', 'failed'] }) status!: string;
  @ApiProperty({ description: 'When it is (or was) due to go out.' }) sendAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) sentAt!: Date | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was cancelled or skipped.' }) reason!: string | null;
}

export class ApplicationDetailDto extends ApplicationSummaryDto {
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

export class AdviceDto {
  @ApiProperty() allowed!: boolean;
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ nullable: true, type: Date }) earliestAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) dueAt!: Date | null;
}

export class GuidanceDto {
  @ApiProperty({ enum: APPLICATION_STATUSES }) stage!: ApplicationStatus;
  @ApiProperty({ type: AdviceDto }) followUp!: AdviceDto;
  @ApiProperty({ type: AdviceDto }) thankYou!: AdviceDto;
  @ApiProperty() resumeFit!: { score: number; matched: string[]; missing: string[] };
  @ApiProperty() companyResearch!: Array<{ item: string; known: boolean; prompt: string }>;
  @ApiProperty({ type: [String], description: 'What to do now, most important first.' }) nextSteps!: string[];
}

export class InboxItemDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: MESSAGE_KINDS }) kind!: string;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() applicationId!: string;
  @ApiProperty() jobTitle!: string;
  @ApiProperty({ type: PersonDto }) candidate!: PersonDto;
}
