import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, stubApi } from '../../../testing/api-stub';
import { renderWithProviders } from '../../../testing/render';
import type { JobAlert } from '../api/job-alerts';
import { CreateAlertFromSearch } from './create-alert-form';
import { JobAlertList } from './job-alert-list';

afterEach(() => vi.unstubAllGlobals());

const ALERT: JobAlert = {
  id: '0f4a1b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b',
  name: '“forklift”, within 40 km of 60540',
  frequency: 'daily',
  active: true,
  timeZone: 'America/Chicago',
  criteria: { q: 'forklift', employmentType: [], branchId: null, postalCode: '60540', lat: 41.75, lng: -88.15, radiusKm: 40, payMin: null },
  searchPath: '/?q=forklift&postalCode=60540&radiusKm=40&sort=recent',
  createdAt: '2026-11-30T15:00:00.000Z',
  lastSentAt: '2026-12-01T14:00:00.000Z',
};

describe('create alert from this search', () => {
  it('saves the search’s criteria (not its sort or pages) with the chosen frequency, for a signed-in candidate', async () => {
    const api = stubApi((call) => (call.method === 'POST' && call.path === '/api/me/job-alerts' ? { status: 201, body: { ...ALERT, frequency: 'weekly' } } : undefined));
    renderWithProviders(<CreateAlertFromSearch search={{ q: 'forklift', postalCode: '60540', radiusKm: 40, employmentType: ['temporary'] }} signedIn />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create alert from this search' }));
    expect(screen.queryByRole('textbox', { name: /e-mail address/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Weekly/ }));
    await user.click(screen.getByRole('button', { name: 'Create alert' }));
    expect(await screen.findByRole('status')).toHaveTextContent(`Alert saved: ${ALERT.name}.`);
    expect(screen.getByRole('link', { name: 'Manage your alerts' })).toHaveAttribute('href', '/account/job-alerts');
    expect(api.calls[0]?.body).toEqual({ q: 'forklift', postalCode: '60540', radiusKm: 40, employmentType: ['temporary'], frequency: 'weekly' });
  });

  it('asks a guest for an address, checks it first, and says a confirmation is on its way', async () => {
    const message = 'Check your inbox: we sent a link to confirm the alert. Nothing else is sent until you confirm it; the link works for 48 hours.';
    const api = stubApi((call) => (call.method === 'POST' && call.path === '/api/job-alerts' ? { status: 202, body: { message } } : undefined));
    renderWithProviders(<CreateAlertFromSearch search={{ q: 'welder', lat: 41.88, lng: -87.63 }} signedIn={false} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create alert from this search' }));
    await user.type(screen.getByRole('textbox', { name: /Your e-mail address/ }), 'not an address');
    await user.click(screen.getByRole('button', { name: 'Create alert' }));
    expect(await screen.findByText('Enter the e-mail address the alerts should go to.')).toBeVisible();
    expect(api.calls).toHaveLength(0);

    await user.clear(screen.getByRole('textbox', { name: /Your e-mail address/ }));
    await user.type(screen.getByRole('textbox', { name: /Your e-mail address/ }), 'sam@example.com');
    await user.click(screen.getByRole('button', { name: 'Create alert' }));
    expect(await screen.findByRole('status')).toHaveTextContent(message);
    expect(api.calls[0]?.body).toMatchObject({ q: 'welder', lat: 41.88, lng: -87.63, frequency: 'daily', email: 'sam@example.com' });
  });

  it('says so in words when the person already has 20 alerts', async () => {
    stubApi(() => apiError(409, 'JOB_ALERT_LIMIT_REACHED', 'You already have 20 job alerts, the most one person can keep. Delete one you no longer need first.'));
    renderWithProviders(<CreateAlertFromSearch search={{ q: 'nurse' }} signedIn />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create alert from this search' }));
    await user.click(screen.getByRole('button', { name: 'Create alert' }));
    expect(await screen.findByText(/You already have 20 job alerts/)).toBeVisible();
  });
});

describe('your job alerts', () => {
  it('pauses an alert, changes how often it comes, and deletes it after a second confirmation', async () => {
    const api = stubApi((call) => {
      if (call.method === 'PATCH') return { body: { ...ALERT, ...(call.body as object) } };
      if (call.method === 'DELETE') return { status: 204 };
      return undefined;
    });
    renderWithProviders(<JobAlertList alerts={[ALERT]} />);
    const user = userEvent.setup();
    const card = screen.getByRole('article', { name: ALERT.name });
    expect(within(card).getByText(/Last e-mail: Tuesday, December 1, 2026 at 8:00 AM/)).toBeVisible();
    expect(within(card).getByRole('link', { name: 'See the search' })).toHaveAttribute('href', ALERT.searchPath);

    await user.click(within(card).getByRole('switch', { name: `Send e-mails for ${ALERT.name}` }));
    expect(api.calls[0]).toMatchObject({ method: 'PATCH', path: `/api/me/job-alerts/${ALERT.id}`, body: { active: false } });

    await user.selectOptions(within(card).getByRole('combobox', { name: `How often: ${ALERT.name}` }), 'As jobs open');
    expect(api.calls[1]).toMatchObject({ method: 'PATCH', body: { frequency: 'instant' } });

    await user.click(within(card).getByRole('button', { name: `Delete ${ALERT.name}` }));
    expect(api.calls).toHaveLength(2);
    await user.click(within(card).getByRole('button', { name: 'Yes, delete it' }));
    expect(api.calls[2]).toMatchObject({ method: 'DELETE', path: `/api/me/job-alerts/${ALERT.id}` });
  });

  it('explains what to do when there are none', () => {
    renderWithProviders(<JobAlertList alerts={[]} />);
    expect(screen.getByText(/You have no job alerts yet/)).toBeVisible();
  });
});
