import { describe, expect, it } from 'vitest';
import { JOB_NAMES, QUEUE_JOBS, QUEUE_NAMES } from '@nextstep/platform';
import { checkHandlers } from './queue-workers.service';

const noop = async () => undefined;

describe('job handlers', () => {
  it('accepts a handler for every job name of every queue', () => {
    expect(() =>
      checkHandlers({
        [JOB_NAMES.sendScheduledEmail]: noop,
        [JOB_NAMES.relayOutbox]: noop,
        [JOB_NAMES.sweepScheduledEmails]: noop,
        [JOB_NAMES.owedNewsDigest]: noop,
        [JOB_NAMES.jobAlertRun]: noop,
      }),
    ).not.toThrow();
  });

  it('refuses to start when a job name has no handler, naming it', () => {
    expect(() => checkHandlers({ [JOB_NAMES.sendScheduledEmail]: noop, [JOB_NAMES.relayOutbox]: noop })).toThrow(
      'No handler for job maintenance/sweep-scheduled-emails, maintenance/owed-news-digest, maintenance/job-alert-run; refusing to start',
    );
  });

  it('declares every queue once', () => {
    expect(Object.keys(QUEUE_JOBS).sort()).toEqual(Object.values(QUEUE_NAMES).sort());
  });
});
