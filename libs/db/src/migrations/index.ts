import type { MigrationInterface } from 'typeorm';

/** Applied in this order; a new migration is appended here. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [];
