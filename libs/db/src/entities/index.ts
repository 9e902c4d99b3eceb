import { Branch } from './branch.entity';
import { Company } from './company.entity';
import { Job } from './job.entity';
import { CandidateProfile } from './candidate-profile.entity';
import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';
import { Application } from './application.entity';
import { ApplicationEvent } from './application-event.entity';
import { EmployerContact } from './employer-contact.entity';
import { Interview } from './interview.entity';
import { Message } from './message.entity';
import { OutboxEvent } from './outbox-event.entity';
import { ScheduledEmail } from './scheduled-email.entity';
import { JobAlert } from './job-alert.entity';
import { JobAlertMatch } from './job-alert-match.entity';
import { AccountToken } from './account-token.entity';
import { PostalCode } from './postal-code.entity';

export { Branch } from './branch.entity';
export { Company } from './company.entity';
export * from './job.entity';
export { CandidateProfile } from './candidate-profile.entity';
export { RefreshToken } from './refresh-token.entity';
export { User, USER_ROLES, type UserRole } from './user.entity';
export * from './application.entity';
export * from './application-event.entity';
export * from './employer-contact.entity';
export * from './interview.entity';
export * from './message.entity';
export * from './outbox-event.entity';
export * from './scheduled-email.entity';
export * from './job-alert.entity';
export * from './job-alert-match.entity';
export * from './account-token.entity';
export { PostalCode } from './postal-code.entity';

/** Every entity, listed explicitly so compiled and test builds load the same set. */
export const ENTITIES: Array<new () => object> = [Branch, Company, Job, User, CandidateProfile, RefreshToken, Application, ApplicationEvent, Interview, Message, EmployerContact, OutboxEvent, ScheduledEmail, JobAlert, JobAlertMatch, AccountToken, PostalCode];
