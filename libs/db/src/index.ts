export { dataSourceOptions } from './data-source-options';
export { DatabaseModule } from './database.module';
export { dropDatabase, ensureDatabase, migrate, pendingSchemaChanges } from './migrate';
export { MIGRATIONS } from './migrations';
export { SqlState, hasSqlState, isUniqueViolation, sqlStateOf } from './postgres-errors';
export { seedDemoDataIfEmpty, seedsDemoUsers, type SeedOptions, type SeedResult } from './seed/seed';
export * from './entities';
export {
  DEMO_ADMIN,
  DEMO_CANDIDATE,
  DEMO_EMAIL_DOMAIN,
  DEMO_RECRUITER_PASSWORD,
  PUBLISHED_DEMO_PASSWORDS,
  demoRecruiterEmail,
} from './seed/demo-users';
export * from './geo/great-circle';
export * from './geo/postal-codes';
