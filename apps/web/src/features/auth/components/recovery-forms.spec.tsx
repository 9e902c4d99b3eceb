import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/api-stub';
import { renderWithProviders } from '../../../testing/render';
import { ForgotPasswordForm } from './forgot-password-form';
import { ResetPasswordForm } from './reset-password-form';

afterEach(() => vi.unstubAllGlobals());

describe('password recovery', () => {
  it('asks for a link and says the same thing whether or not the address has an account', async () => {
    const api = stubApi((call) => (call.path === '/api/auth/forgot-password' ? { status: 202, body: { message: 'If the address has an account, a link is on its way.' } } : undefined));
    renderWithProviders(<ForgotPasswordForm />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'maria@example.com');
    await user.click(screen.getByRole('button', { name: 'E-mail me a reset link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('If maria@example.com has a Nextstep account, a link to choose a new password is on its way.');
    expect(api.calls[0]?.body).toEqual({ email: 'maria@example.com' });
  });

  it('sends the token with the new password, and shows a weak password refused by the server next to the field', async () => {
    const api = stubApi((call) =>
      call.path === '/api/auth/reset-password'
        ? {
            status: 400,
            body: { statusCode: 400, error: 'Bad Request', message: 'Choose a stronger password.', code: 'WEAK_PASSWORD', fields: { password: 'password is too easy to guess' } },
          }
        : undefined,
    );
    const onReset = vi.fn();
    renderWithProviders(<ResetPasswordForm token="tok-123" onReset={onReset} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^New password\W*$/), 'Summer2026!');
    await user.type(screen.getByLabelText(/^New password again/), 'Summer2026!');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByText(/too easy to guess/i)).toBeVisible();
    expect(api.calls[0]?.body).toEqual({ token: 'tok-123', password: 'Summer2026!' });
    expect(onReset).not.toHaveBeenCalled();
  });

  it('catches two different passwords before asking the server', async () => {
    const api = stubApi(() => undefined);
    renderWithProviders(<ResetPasswordForm token="tok-123" onReset={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^New password\W*$/), 'correct horse battery');
    await user.type(screen.getByLabelText(/^New password again/), 'correct horse batteries');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeVisible();
    expect(api.calls).toHaveLength(0);
  });
});
