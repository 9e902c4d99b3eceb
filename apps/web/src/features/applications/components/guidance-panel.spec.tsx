import { FOLLOW_UP_CODES, THANK_YOU_CODES } from '@nextstep/guidance';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Guidance } from '../api/applications';
import { apiError, stubApi } from '../../../testing/api-stub';
import { renderInRouter } from '../../../testing/render-in-router';
import { fakeDateAtNow, FOLLOW_UP_FACTS, guidanceFor, NOW, RESEARCH_STEP, THANK_YOU_FACTS } from '../testing/guidance-fixtures';
import { GuidancePanel } from './guidance-panel';

const ZONE_NAME = 'in your time zone (Mountain Time, America/Denver)';

fakeDateAtNow();

const show = (guidance: ReturnType<typeof guidanceFor>, thankYouSentAt: string | null = null) =>
  renderInRouter(<GuidancePanel applicationId="app-1" guidance={guidance} thankYouSentAt={thankYouSentAt} />);

describe('guidance panel: follow-up', () => {
  it('has a scenario for every follow-up code the API can return', () => {
    expect(Object.keys(FOLLOW_UP_FACTS).sort()).toEqual([...FOLLOW_UP_CODES].sort());
    for (const code of FOLLOW_UP_CODES) expect(guidanceFor(FOLLOW_UP_FACTS[code]).followUp.code).toBe(code);
  });

  const blocked = FOLLOW_UP_CODES.filter((code) => !guidanceFor(FOLLOW_UP_FACTS[code]).followUp.allowed);
  const allowed = FOLLOW_UP_CODES.filter((code) => guidanceFor(FOLLOW_UP_FACTS[code]).followUp.allowed);

  it('knows which codes allow getting in touch', () => {
    expect(allowed.sort()).toEqual(['FOLLOW_UP_NOW', 'OFFER_PENDING']);
  });

  it.each(blocked)('%s: shows the server reason next to a disabled action, and no way to call', async (code) => {
    const guidance = guidanceFor(FOLLOW_UP_FACTS[code]);
    await show(guidance);
    const action = screen.getByRole('button', { name: 'Message your branch' });
    expect(action).toBeDisabled();
    // The reason is the server's sentence, word for word, and it describes the disabled control.
    expect(screen.getByText(guidance.followUp.message)).toBeVisible();
    expect(action).toHaveAccessibleDescription(expect.stringContaining(guidance.followUp.message));
    expect(screen.queryByRole('link', { name: /^Call / })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('WAIT_FOR_DECISION: says the date it opens in the candidate zone, and names the zone', async () => {
    const guidance = guidanceFor(FOLLOW_UP_FACTS.WAIT_FOR_DECISION);
    // 14 days after the interview ended (2026-03-07T16:00Z).
    expect(guidance.followUp.earliestAt).toBe('2026-03-21T16:00:00.000Z');
    await show(guidance);
    const opens = `This opens on Saturday, March 21, 2026 at 10:00 AM MDT, ${ZONE_NAME}.`;
    expect(screen.getByText(opens)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Message your branch' })).toHaveAccessibleDescription(expect.stringContaining(opens));
  });

  it('RECENTLY_FOLLOWED_UP: opens a week after the last call', async () => {
    await show(guidanceFor(FOLLOW_UP_FACTS.RECENTLY_FOLLOWED_UP));
    expect(screen.getByText(`This opens on Sunday, March 15, 2026 at 10:00 AM MDT, ${ZONE_NAME}.`)).toBeVisible();
  });

  it('INTERVIEW_UPCOMING: gives the date only as "if the interview goes ahead"', async () => {
    await show(guidanceFor(FOLLOW_UP_FACTS.INTERVIEW_UPCOMING));
    expect(
      screen.getByText(/^If your interview goes ahead as planned, this opens on Thursday, March 26, 2026 at 10:45 AM MDT/),
    ).toBeVisible();
  });

  it('APPLICATION_STAGE: says there is no date, rather than inventing one', async () => {
    await show(guidanceFor(FOLLOW_UP_FACTS.APPLICATION_STAGE));
    expect(screen.getByText('There is no date for this: it opens only after you have had an interview.')).toBeVisible();
  });

  it('CLOSED: says it will not open again', async () => {
    await show(guidanceFor(FOLLOW_UP_FACTS.CLOSED));
    expect(screen.getByText('This application is closed, so this will not open again.')).toBeVisible();
  });

  it.each(allowed)('%s: offers the call-your-branch card (tel: link, hours, open now) and a message form', async (code) => {
    const guidance = guidanceFor(FOLLOW_UP_FACTS[code]);
    await show(guidance);
    expect(screen.getByText(guidance.followUp.message)).toBeVisible();
    const card = screen.getByRole('region', { name: 'Call your branch now' });
    expect(within(card).getByRole('link', { name: 'Call Nextstep Joliet at +1 815-555-0142' })).toHaveAttribute('href', 'tel:+18155550142');
    expect(within(card).getByText('Open now')).toBeVisible();
    expect(within(card).getByText(/^Hours: Mon–Fri 8:00–17:00 \(Central Time, America\/Chicago\)$/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Your message to Nextstep Joliet' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Message your branch' })).not.toBeInTheDocument();
  });

  it('says when a closed branch opens, in the branch time zone, and does not guess when the hours are unreadable', async () => {
    const base = guidanceFor(FOLLOW_UP_FACTS.FOLLOW_UP_NOW);
    const view = await show({ ...base, branch: { ...base.branch, openNow: false, opensAt: '2026-03-11T13:00:00.000Z' } });
    expect(screen.getByText('Closed now')).toBeVisible();
    expect(screen.getByText('It opens Wednesday, March 11, 2026 at 8:00 AM CDT.')).toBeVisible();
    view.unmount();

    await show({ ...base, branch: { ...base.branch, openingHours: 'By appointment', windows: null, openNow: null } });
    expect(screen.queryByText(/Open now|Closed now/)).not.toBeInTheDocument();
    expect(screen.getByText("Check the branch's hours below before you call.")).toBeVisible();
  });

  it('shows a 409 from the server inline, with the server reason and when it opens', async () => {
    const guidance = guidanceFor(FOLLOW_UP_FACTS.FOLLOW_UP_NOW);
    const refusal = guidanceFor(FOLLOW_UP_FACTS.RECENTLY_FOLLOWED_UP).followUp;
    const api = stubApi((call) =>
      call.method === 'POST' && call.path === '/api/applications/app-1/follow-ups'
        ? apiError(409, refusal.code, refusal.message, { earliestAt: refusal.earliestAt, dueAt: refusal.dueAt })
        : undefined,
    );
    await show(guidance);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your message to Nextstep Joliet' }), 'Is there any news about the position?');
    await user.click(screen.getByRole('button', { name: 'Send message' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(refusal.message);
    expect(alert).toHaveTextContent('You can send it from Sunday, March 15, 2026 at 10:00 AM MDT (Mountain Time, America/Denver).');
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ kind: 'message', body: 'Is there any news about the position?' });
  });

  it('says where a sent message went', async () => {
    stubApi((call) =>
      call.method === 'POST'
        ? {
            status: 201,
            body: {
              id: 'm1',
              kind: 'message',
              body: 'Is there any news about the position?',
              createdAt: NOW.toISOString(),
              readAt: null,
              deliveredTo: {
                channel: 'branch_email',
                branch: { id: 'branch-1', name: 'Nextstep Joliet', phone: '+1 815-555-0142', email: 'joliet@nextstep.example' },
                interviewerName: null,
                summary:
                  'Sent to your branch, Nextstep Joliet: its recruiters get your message by e-mail, and their answer comes to your e-mail address.',
              },
            },
          }
        : undefined,
    );
    let setGuidance: (next: Guidance) => void = () => undefined;
    function Page() {
      const [guidance, set] = useState(() => guidanceFor(FOLLOW_UP_FACTS.FOLLOW_UP_NOW));
      setGuidance = set;
      return <GuidancePanel applicationId="app-1" guidance={guidance} />;
    }
    await renderInRouter(<Page />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your message to Nextstep Joliet' }), 'Is there any news about the position?');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Sent to your branch, Nextstep Joliet: its recruiters get your message by e-mail',
    );
    expect(screen.getByRole('textbox', { name: 'Your message to Nextstep Joliet' })).toHaveValue('');

    // The page then reads the guidance again, which now says to wait: the form goes, the confirmation stays.
    act(() => setGuidance(guidanceFor(FOLLOW_UP_FACTS.RECENTLY_FOLLOWED_UP)));
    expect(screen.getByRole('status')).toHaveTextContent('Sent to your branch, Nextstep Joliet: its recruiters get your message by e-mail');
    expect(screen.getByRole('button', { name: 'Message your branch' })).toBeDisabled();
  });

  it('checks the message length before sending, in words next to the field', async () => {
    const api = stubApi(() => undefined);
    await show(guidanceFor(FOLLOW_UP_FACTS.FOLLOW_UP_NOW));
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your message to Nextstep Joliet' }), 'News?');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByText('Write at least 10 characters.')).toBeVisible();
    expect(api.calls).toHaveLength(0);
  });
});

describe('guidance panel: next steps', () => {
  it("lists the server's own steps once, each piece of advice beside its action", async () => {
    const guidance = guidanceFor(FOLLOW_UP_FACTS.WAIT_FOR_DECISION);
    await show(guidance);
    const steps = screen.getByRole('region', { name: 'Next steps' });
    expect(within(steps).getByText(RESEARCH_STEP)).toBeVisible();
    // The follow-up advice is shown once, where the action is.
    expect(screen.getAllByText(guidance.followUp.message)).toHaveLength(1);
  });
});

describe('guidance panel: thank-you', () => {
  it('has a scenario for every thank-you code the API can return', () => {
    expect(Object.keys(THANK_YOU_FACTS).sort()).toEqual([...THANK_YOU_CODES].sort());
    for (const code of THANK_YOU_CODES) expect(guidanceFor(THANK_YOU_FACTS[code]).thankYou.code).toBe(code);
  });

  it('SEND_THANK_YOU: links to the composer, with the 24-hour "ideally by" time', async () => {
    const guidance = guidanceFor(THANK_YOU_FACTS.SEND_THANK_YOU);
    await show(guidance);
    expect(screen.getByText(guidance.thankYou.message)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Write your thank-you note to Pat Lee' })).toHaveAttribute(
      'href',
      '/applications/app-1/thank-you',
    );
    // The interview ended at 8:00 AM MDT today; 24 hours later.
    expect(
      screen.getByText(
        'Ideally send it by Wednesday, March 11, 2026 at 8:00 AM MDT (Mountain Time, America/Denver), within 24 hours of your interview.',
      ),
    ).toBeVisible();
  });

  it('SEND_THANK_YOU after the 24 hours: still links to the composer, and says the ideal time has passed', async () => {
    const late = guidanceFor({
      ...THANK_YOU_FACTS.SEND_THANK_YOU,
      interviews: [{ scheduledAt: new Date('2026-03-09T09:00:00Z'), durationMinutes: 60, completedAt: new Date('2026-03-09T10:00:00Z') }],
    });
    expect(late.thankYou.code).toBe('SEND_THANK_YOU');
    await show(late);
    // The server's own "late" wording, and the deadline that passed.
    expect(screen.getByText(late.thankYou.message)).toBeVisible();
    expect(
      screen.getByText(
        'The ideal time, within 24 hours of your interview, ended on Tuesday, March 10, 2026 at 4:00 AM MDT (Mountain Time, America/Denver).',
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Write your thank-you note to Pat Lee' })).toBeVisible();
  });

  it('ALREADY_THANKED: says so and when, without a composer link', async () => {
    const guidance = guidanceFor(THANK_YOU_FACTS.ALREADY_THANKED);
    await show(guidance, '2026-03-08T16:00:00.000Z');
    expect(screen.getByText(guidance.thankYou.message)).toBeVisible();
    expect(screen.getByText('You sent it on Sunday, March 8, 2026 at 10:00 AM MDT.')).toBeVisible();
    expect(screen.queryByRole('link', { name: /thank-you note/ })).not.toBeInTheDocument();
  });

  it.each(['NO_INTERVIEW_YET', 'CLOSED'] as const)('%s: shows the server advice and no composer link', async (code) => {
    const guidance = guidanceFor(THANK_YOU_FACTS[code]);
    await show(guidance);
    expect(screen.getByText(guidance.thankYou.message)).toBeVisible();
    expect(screen.queryByRole('link', { name: /thank-you note/ })).not.toBeInTheDocument();
  });
});
