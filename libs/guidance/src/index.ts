export * from './lib/application-facts';
export * from './lib/follow-up.policy';
export * from './lib/thank-you.policy';
export * from './lib/send-window';
export * from './lib/wall-clock';
export * from './lib/resume-fit';
export * from './lib/company-research';
export type { FollowUpBasis } from './lib/messages';
export * from './lib/pipeline';
