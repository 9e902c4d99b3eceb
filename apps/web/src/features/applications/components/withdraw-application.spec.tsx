import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, stubApi } from '../../../testing/api-stub';
import { renderWithProviders } from '../../../testing/render';
import { WithdrawApplication } from './withdraw-application';

afterEach(() => vi.unstubAllGlobals());

describe('withdraw application', () => {
  it('asks first, then withdraws with the optional reason', async () => {
    const api = stubApi((call) => (call.method === 'POST' ? { body: { id: 'app-1', status: 'withdrawn' } } : undefined));
    renderWithProviders(<WithdrawApplication applicationId="app-1" jobTitle="Forklift Operator" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Withdraw this application…' }));
    expect(screen.getByText(/no longer interested in the Forklift Operator job\. It cannot be undone/)).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: /Why, in a few words/ }), 'I took another job.');
    await user.click(screen.getByRole('button', { name: 'Withdraw my application' }));
    await vi.waitFor(() =>
      expect(api.calls[0]).toMatchObject({
        method: 'POST',
        path: '/api/applications/app-1/withdraw',
        body: { note: 'I took another job.' },
      }),
    );
  });

  it('says in words why it did not work', async () => {
    stubApi((call) =>
      call.method === 'POST'
        ? apiError(409, 'INVALID_TRANSITION', 'An application cannot move from hired to withdrawn.', { from: 'hired', to: 'withdrawn' })
        : undefined,
    );
    renderWithProviders(<WithdrawApplication applicationId="app-1" jobTitle="Forklift Operator" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Withdraw this application…' }));
    await user.click(screen.getByRole('button', { name: 'Withdraw my application' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('An application cannot move from hired to withdrawn.');
  });
});
