import type { MigrationInterface } from 'typeorm';
import { JobBoard1790000000000 } from './1790000000000-job-board';

/** Applied in this order; a new migration is appended here. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [JobBoard1790000000000];
