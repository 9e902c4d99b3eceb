import { DEMO_CANDIDATE } from '@nextstep/db';
import { describe, expect, it } from 'vitest';
import { callApi, DESKTOP, registerCandidate, signIn, signInInBrowser, useBrowser } from './support';

describe('signing in', () => {
  const browser = useBrowser();

  it('sends a signed-out visitor to sign in and back to the page they wanted, with the token kept out of storage', async () => {
    const page = await browser.openPage('/applications', { width: DESKTOP });
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('redirect') === '/applications');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await page.getByLabel(/^E-mail/).fill(DEMO_CANDIDATE.email);
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /e-mail address or password is not correct/i }).waitFor();

    await page.getByLabel(/^Password/).fill(DEMO_CANDIDATE.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/applications');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage, ...window.sessionStorage }));
    expect(stored).not.toMatch(/eyJ/); // no JWT anywhere in web storage

    // A reload keeps the session through the refresh cookie alone.
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(browser.problems().filter((problem) => !/401/.test(problem))).toEqual([]);
  });

  it('maps the API’s field errors onto the register form', async () => {
    const page = await browser.openPage('/register', { width: DESKTOP });
    await page.getByLabel(/^First name/).fill('Sam');
    await page.getByLabel(/^Last name/).fill('Lee');
    await page.getByLabel(/^E-mail/).fill(DEMO_CANDIDATE.email);
    await page.getByLabel(/^Password/).fill('amber-kettle-sunrise-42');
    await page.getByRole('button', { name: 'Create account' }).click();
    // EMAIL_TAKEN is shown on the E-mail field itself.
    const email = page.getByLabel(/^E-mail/);
    await page.waitForFunction(() => document.querySelector('input[type="email"]')?.getAttribute('aria-invalid') === 'true');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends a person whose session ended elsewhere to sign in, then back to the page', async () => {
    const candidate = await registerCandidate();
    const context = await browser.newContext({ width: DESKTOP });
    await signInInBrowser(context, candidate.email, candidate.password);
    const page = await browser.openPage('/', { context, width: DESKTOP });
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    // A password change on another device closes every other session at once.
    const elsewhere = await signIn(candidate.email, candidate.password);
    const newPassword = 'copper-lantern-meadow-77';
    const changed = await callApi('POST', '/api/auth/password', { token: elsewhere.token, body: { currentPassword: candidate.password, newPassword } });
    expect(changed.status).toBe(200);

    await page.getByRole('link', { name: 'My applications' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('redirect') === '/applications');
    await page.getByText('Your session has ended. Sign in again to carry on where you were.').waitFor();
    await page.getByLabel(/^E-mail/).fill(candidate.email);
    await page.getByLabel(/^Password/).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/applications');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });
});
