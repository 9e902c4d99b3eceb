import { currentTestServices, runEntryPoint, testEnv } from '@nextstep/testing';
import { describe, expect, it } from 'vitest';

describe('worker entry point', () => {
  it('connects to Postgres and Redis, says it is ready, and exits cleanly on SIGTERM', async () => {
    const worker = runEntryPoint('apps/worker/src/main.ts', testEnv(currentTestServices(), { LOG_LEVEL: 'info' }));
    await worker.waitForOutput(/Worker ready: connected to Postgres and Redis/);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(worker.output().stdout).toMatch(/Worker stopped/);
  }, 60_000);

  it('stops on bad configuration with one line naming the variable', async () => {
    const worker = runEntryPoint('apps/worker/src/main.ts', testEnv(currentTestServices(), { REDIS_URL: 'http://nope' }));
    expect((await worker.exited).code).toBe(1);
    expect(worker.output().stderr).toBe('Invalid configuration: REDIS_URL must be a URL starting with redis:// or rediss://\n');
  });
});
