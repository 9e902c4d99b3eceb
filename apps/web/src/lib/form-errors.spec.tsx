import { ErrorCode } from '@nextstep/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegisterForm } from '../features/auth/components/register-form';
import { renderWithProviders } from '../testing/render';
import { ApiError, ApiUnreachableError } from './api-error';
import { applyServerErrors, fieldMessage } from './form-errors';

const badRequest = (fields: Record<string, string>) =>
  new ApiError(400, { statusCode: 400, error: 'Bad Request', message: 'Some fields are invalid.', code: ErrorCode.VALIDATION_FAILED, fields });

describe('server errors on form fields', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts each named field error on its input, and the rest in the form-level message', () => {
    const setError = vi.fn();
    const message = applyServerErrors(badRequest({ email: 'email must be an e-mail address', timeZone: 'timeZone must be an IANA time zone' }), setError, {
      fields: ['email', 'password'],
    });
    expect(setError).toHaveBeenCalledWith('email', { type: 'server', message: 'Must be an e-mail address.' }, { shouldFocus: true });
    expect(setError).toHaveBeenCalledTimes(1);
    expect(message).toBe('Must be an IANA time zone.');
  });

  it('maps a coded refusal onto its field, and anything else into words', () => {
    const setError = vi.fn();
    const taken = new ApiError(409, { statusCode: 409, error: 'Conflict', message: 'An account with this e-mail address already exists.', code: ErrorCode.EMAIL_TAKEN });
    expect(applyServerErrors(taken, setError, { fields: ['email'], codeFields: { [ErrorCode.EMAIL_TAKEN]: 'email' } })).toBeNull();
    expect(setError).toHaveBeenCalledWith('email', { type: 'server', message: 'An account with this e-mail address already exists.' }, { shouldFocus: true });
    expect(applyServerErrors(new ApiUnreachableError(), vi.fn(), { fields: ['email'] })).toMatch(/cannot reach Nextstep/);
    expect(applyServerErrors(new ApiError(429, { statusCode: 429, error: 'Too Many Requests', message: 'ThrottlerException' }), vi.fn(), { fields: [] })).toMatch(
      /wait a minute/,
    );
  });

  it('reads "field must …" as a sentence next to the field', () => {
    expect(fieldMessage('firstName', 'firstName must not be empty')).toBe('Must not be empty.');
    expect(fieldMessage('file', 'The resume must be 5 MB or smaller.')).toBe('The resume must be 5 MB or smaller.');
  });

  it('shows the API’s 400 next to the register form’s own inputs', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ statusCode: 400, error: 'Bad Request', message: 'Invalid', fields: { phone: 'phone must be a phone number (digits, spaces, + ( ) - .)' } }, { status: 400 })),
    );
    const user = userEvent.setup();
    const registered = vi.fn();
    renderWithProviders(<RegisterForm onRegistered={registered} />);
    await user.type(screen.getByLabelText(/^First name/), 'Sam');
    await user.type(screen.getByLabelText(/^Last name/), 'Lee');
    await user.type(screen.getByLabelText(/^E-mail/), 'sam@example.com');
    await user.type(screen.getByLabelText(/^Phone/), '555 0100');
    await user.type(screen.getByLabelText(/^Password/), 'amber-kettle-sunrise-42');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const phone = screen.getByLabelText(/^Phone/);
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(/Must be a phone number/);
    expect(phone).toHaveFocus();
    expect(registered).not.toHaveBeenCalled();
  });
});
