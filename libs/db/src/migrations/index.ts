import type { MigrationInterface } from 'typeorm';
import { JobBoard1790000000000 } from './1790000000000-job-board';
import { Accounts1790000100000 } from './1790000100000-accounts';
import { Applications1790000200000 } from './1790000200000-applications';
import { ScheduledEmails1790000300000 } from './1790000300000-scheduled-emails';
import { ScheduledEmailsFillfactor1790000400000 } from './1790000400000-scheduled-emails-fillfactor';
import { EmailIdentity1790000500000 } from './1790000500000-email-identity';
import { ScheduledEmailNotes1790000550000 } from './1790000550000-scheduled-email-notes';
import { AccountRecovery1790000600000 } from './1790000600000-account-recovery';
import { CompanyBranch1790000610000 } from './1790000610000-company-branch';
import { InternalNotes1790000620000 } from './1790000620000-internal-notes';
import { JobAlerts1790000700000 } from './1790000700000-job-alerts';
import { JobAlertEmailKey1790000710000 } from './1790000710000-job-alert-email-key';
import { InterviewScheduledBy1790000800000 } from './1790000800000-interview-scheduled-by';
import { SearchRanking1790000900000 } from './1790000900000-search-ranking';
import { PostalCodes1790000910000 } from './1790000910000-postal-codes';
import { JobTerms1790000920000 } from './1790000920000-job-terms';
import { SearchPlacesAndCounts1790000930000 } from './1790000930000-search-places-and-counts';
import { SearchTitleVector1790000940000 } from './1790000940000-search-title-vector';

/** Applied in this order; a new migration is appended here. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  JobBoard1790000000000,
  Accounts1790000100000,
  Applications1790000200000,
  ScheduledEmails1790000300000,
  ScheduledEmailsFillfactor1790000400000,
  EmailIdentity1790000500000,
  ScheduledEmailNotes1790000550000,
  AccountRecovery1790000600000,
  CompanyBranch1790000610000,
  InternalNotes1790000620000,
  JobAlerts1790000700000,
  JobAlertEmailKey1790000710000,
  InterviewScheduledBy1790000800000,
  SearchRanking1790000900000,
  PostalCodes1790000910000,
  JobTerms1790000920000,
  SearchPlacesAndCounts1790000930000,
  SearchTitleVector1790000940000,
];
