import { closedPort } from '@nextstep/mail/testing';
import { currentTestServices, runEntryPoint, testEnv } from '@nextstep/testing';
import { describe, expect, it } from 'vitest';

describe('api entry point', () => {
  it('stops on bad configuration with one line naming the variable', async () => {
    const api = runEntryPoint('apps/api/src/main.ts', testEnv(currentTestServices(), { PORT: 'abc' }));
    const { code } = await api.exited;
    const { stdout, stderr } = api.output();
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('Invalid configuration: PORT must be a whole number from 1 to 65535 (got "abc")\n');
  });

  it('listens on PORT and stops cleanly on SIGTERM', async () => {
    // A port the system just handed out and nobody holds, not a random guess that another test process may share.
    const port = String(await closedPort());
    const api = runEntryPoint('apps/api/src/main.ts', testEnv(currentTestServices(), { PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'info' }));
    await api.waitForOutput(/Nest application successfully started/);
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
    api.child.kill('SIGTERM');
    expect(await api.exited).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('never writes a password, a hash, a token or an e-mail address to the logs', async () => {
    // A port the system just handed out and nobody holds, not a random guess that another test process may share.
    const port = String(await closedPort());
    const api = runEntryPoint('apps/api/src/main.ts', testEnv(currentTestServices(), { PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'trace' }));
    await api.waitForOutput(/Nest application successfully started/);
    const base = `http://127.0.0.1:${port}/api`;
    const email = `log-check-${Date.now()}@example.com`;
    const password = 'secret-sauce-for-logs-7';
    const headers = { 'content-type': 'application/json' };
    const registered = await fetch(`${base}/auth/register`, { method: 'POST', headers, body: JSON.stringify({ email, password, firstName: 'Log', lastName: 'Check' }) });
    expect(registered.status).toBe(201);
    const { accessToken } = (await registered.json()) as { accessToken: string };
    await fetch(`${base}/auth/login`, { method: 'POST', headers, body: JSON.stringify({ email, password: 'wrong-password-here-1' }) });
    await fetch(`${base}/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    api.child.kill('SIGTERM');
    await api.exited;
    const { stdout, stderr } = api.output();
    const logs = stdout + stderr;
    expect(logs).toMatch(/request completed/);
    for (const secret of [password, 'wrong-password-here-1', '$argon2', accessToken, email]) expect(logs).not.toContain(secret);
  }, 60_000);
});
