import { migrate } from '@nextstep/db';
import { dropTestRun, newTestRun, sweepStaleTestServices, testRunEnv } from '@nextstep/testing';

/**
 * Vitest global setup for suites that talk to Postgres and Redis. It migrates one template database per run
 * (never synchronize); each test process then works on its own copy of it and its own Redis prefix
 * (services.worker-setup.ts), so the files run in parallel. Everything of the run is removed at the end, and what
 * crashed runs left behind hours ago is swept first.
 */
export default async function setup(): Promise<() => Promise<void>> {
  await sweepStaleTestServices();
  const run = newTestRun();
  try {
    await migrate(run.templateUrl);
  } catch (error) {
    await dropTestRun(run);
    throw error;
  }
  // Test processes are forked after this point, so they inherit the variables.
  Object.assign(process.env, testRunEnv(run));

  return () => dropTestRun(run);
}
