import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, stubApi } from '../../../testing/api-stub';
import { renderInRouter } from '../../../testing/render-in-router';
import type { StaffSummary } from '../api/console';
import { PipelineBoard } from './pipeline-board';

afterEach(() => vi.unstubAllGlobals());

function card(id: string, firstName: string, status: StaffSummary['status'], version = 3): StaffSummary {
  return {
    id,
    status,
    version,
    appliedAt: '2026-03-02T15:00:00.000Z',
    followUpDueAt: null,
    nextInterviewAt: null,
    lastInterviewAt: null,
    job: { id: 'job-1', title: 'Forklift Operator', employmentType: 'temporary' },
    company: { id: 'c-1', name: 'Acme Foods', industry: 'food producer', confidential: false } as StaffSummary['company'],
    branch: { id: 'b-1', name: 'Joliet' },
    candidate: { id: `u-${id}`, firstName, lastName: 'Quinn', email: `${firstName}@example.com`, phone: null, emailVerified: true },
  };
}

describe('pipeline board', () => {
  it('offers only the allowed moves and sends the version the card was read at, with "don\'t notify"', async () => {
    const api = stubApi((call) => (call.method === 'POST' ? { body: { id: 'a-1', status: 'screening' } } : undefined));
    await renderInRouter(<PipelineBoard applications={[card('a-1', 'Ada', 'applied'), card('a-2', 'Ben', 'hired')]} onReload={() => undefined} />);
    const user = userEvent.setup();
    const applied = screen.getByRole('region', { name: /^Applied/ });
    expect(within(applied).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Move Ada Quinn to Screening', 'Move Ada Quinn to Rejected']);
    expect(within(screen.getByRole('region', { name: /^Hired/ })).queryAllByRole('button')).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: "Don't notify the candidate" }));
    await user.click(screen.getByRole('button', { name: 'Move Ada Quinn to Screening' }));
    await vi.waitFor(() =>
      expect(api.calls[0]).toMatchObject({ method: 'POST', path: '/api/applications/a-1/transitions', body: { to: 'screening', version: 3, notify: false } }),
    );
  });

  it('explains a card someone else moved first, with a reload', async () => {
    stubApi((call) => (call.method === 'POST' ? apiError(409, 'STALE_VERSION', 'Someone else changed this application a moment ago; reload it and try again.') : undefined));
    const onReload = vi.fn();
    await renderInRouter(<PipelineBoard applications={[card('a-1', 'Ada', 'applied')]} onReload={onReload} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Move Ada Quinn to Rejected' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('moves the selected cards together and says, per card, which did not move and why', async () => {
    const api = stubApi((call) =>
      call.path === '/api/applications/bulk-transitions'
        ? {
            body: {
              results: [
                { id: 'a-1', ok: true, status: 'screening', version: 4, code: null, message: null },
                { id: 'a-2', ok: false, status: 'screening', version: 5, code: 'STALE_VERSION', message: 'Someone else changed this application a moment ago.' },
              ],
            },
          }
        : undefined,
    );
    await renderInRouter(<PipelineBoard applications={[card('a-1', 'Ada', 'applied'), card('a-2', 'Ben', 'applied', 4)]} onReload={() => undefined} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Select Ada Quinn' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Ben Quinn' }));
    await user.click(screen.getByRole('button', { name: 'Move selected to screening' }));
    await vi.waitFor(() =>
      expect(api.calls[0]?.body).toMatchObject({ to: 'screening', notify: true, items: [{ id: 'a-1', version: 3 }, { id: 'a-2', version: 4 }] }),
    );
    expect(await screen.findByText(/now Screening/)).toBeVisible();
    expect(screen.getAllByText(/Someone else changed this application a moment ago\./).length).toBeGreaterThanOrEqual(2);
  });
});
