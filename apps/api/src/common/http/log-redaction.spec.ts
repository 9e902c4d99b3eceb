import { createUnsubscribeToken } from '@nextstep/mail';
import { closedPort } from '@nextstep/mail/testing';
import { currentTestServices, runEntryPoint, testEnv } from '@nextstep/testing';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';

describe('access log', () => {
  it('never shows a link token, in the path or the query', async () => {
    // A port the system just handed out and nobody holds, not a random guess that another test process may share.
    const port = String(await closedPort());
    const api = runEntryPoint('apps/api/src/main.ts', testEnv(currentTestServices(), { PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'info' }));
    try {
      await api.waitForOutput(/Nest application successfully started/);
      const token = createUnsubscribeToken(randomUUID(), 'a-secret-that-is-not-the-servers-at-all');
      const cursor = 'eyJ2IjoxLCJzIjoicmVjZW50In0.c2lnbmF0dXJlLXBhcnQ';
      await fetch(`http://127.0.0.1:${port}/api/unsubscribe/${token}`);
      await fetch(`http://127.0.0.1:${port}/api/jobs?cursor=${cursor}`);
      await api.waitForOutput(/jobs\?cursor=\[redacted\]/);
      const logs = api.output().stdout + api.output().stderr;
      expect(logs).toContain('/api/unsubscribe/[redacted]');
      expect(logs).not.toContain(token);
      expect(logs).not.toContain(token.split('.')[2] ?? token);
      expect(logs).not.toContain(cursor);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  }, 60_000);
});
