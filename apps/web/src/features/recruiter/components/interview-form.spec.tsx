import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/api-stub';
import { renderWithProviders } from '../../../testing/render';
import { InterviewForm } from './interview-form';

afterEach(() => vi.unstubAllGlobals());

describe('interview form', () => {
  it("reads the time on the branch's clock, shows the candidate's, and warns of the recruiter's own clash", async () => {
    const api = stubApi((call) =>
      call.path === '/api/interviews/conflicts'
        ? {
            body: [
              {
                interviewId: 'i-9',
                applicationId: 'a-9',
                scheduledAt: '2026-03-17T19:30:00.000Z',
                durationMinutes: 60,
                jobTitle: 'Welder',
                candidate: { id: 'u-9', firstName: 'Lee', lastName: 'Park' },
              },
            ],
          }
        : undefined,
    );
    const onSubmit = vi.fn(async () => undefined);
    renderWithProviders(
      <InterviewForm timeZone="America/Chicago" candidateTimeZone="America/New_York" submitLabel="Schedule interview" onSubmit={onSubmit} onReload={() => undefined} />,
    );
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText(/^Starts \(Central Time/), { target: { value: '2026-03-17T14:00' } });
    await user.type(screen.getByLabelText('Interviewer'), 'Riley Chen');

    expect(await screen.findByText(/You already have an interview then/)).toBeVisible();
    expect(screen.getByText(/Lee Park, Welder/)).toBeVisible();
    expect(screen.getByText(/Tue, Mar 17, 2:00 PM CDT at the branch, and Tue, Mar 17, 3:00 PM EDT for the candidate/)).toBeVisible();
    const check = api.calls.find((call) => call.path === '/api/interviews/conflicts');
    expect(check?.search.get('start')).toBe('2026-03-17T19:00:00.000Z');
    expect(check?.search.get('durationMinutes')).toBe('45');

    await user.click(screen.getByRole('button', { name: 'Schedule interview' }));
    await vi.waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ scheduledAt: '2026-03-17T19:00:00.000Z', durationMinutes: 45, mode: 'in_person', interviewerName: 'Riley Chen' }),
    );
  });
});
