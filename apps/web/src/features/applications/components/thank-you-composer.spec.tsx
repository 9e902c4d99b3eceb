import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, stubApi, type ApiCall } from '../../../testing/api-stub';
import { renderInRouter } from '../../../testing/render-in-router';
import { DRAFT, fakeDateAtNow, guidanceFor, NOW, THANK_YOU_FACTS } from '../testing/guidance-fixtures';
import { ThankYouComposer } from './thank-you-composer';

fakeDateAtNow();

const SUMMARY =
  'Sent to Pat Lee, who interviewed you, by e-mail, with a copy to your branch, Nextstep Joliet. A reply comes straight to your e-mail address.';
const isSend = (call: ApiCall) => call.method === 'POST' && call.path === '/api/applications/app-1/follow-ups';
const sentReply = (body: string) => ({
  status: 201,
  body: {
    id: 'msg-1',
    kind: 'thank_you',
    body,
    createdAt: NOW.toISOString(),
    readAt: null,
    deliveredTo: {
      channel: 'interviewer_email',
      branch: { id: 'branch-1', name: 'Nextstep Joliet', phone: '+1 815-555-0142', email: 'joliet@nextstep.example' },
      interviewerName: 'Pat Lee',
      summary: SUMMARY,
    },
  },
});

const compose = (guidance = guidanceFor(THANK_YOU_FACTS.SEND_THANK_YOU)) =>
  renderInRouter(<ThankYouComposer applicationId="app-1" guidance={guidance} />);
const noteField = () => screen.getByRole('textbox', { name: 'Thank-you note' });

describe('thank-you composer', () => {
  it("starts from the API's draft, the one the reminder e-mail shows, with the 24-hour hint", async () => {
    await compose();
    expect(noteField()).toHaveValue(DRAFT);
    expect(screen.getByText(/^Ideally send it by Wednesday, March 11, 2026 at 8:00 AM MDT/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Your note to Pat Lee' })).toBeVisible();
  });

  it('sends what the candidate wrote and then says where the note went', async () => {
    const api = stubApi((call) => (isSend(call) ? sentReply(String((call.body as { body: string }).body)) : undefined));
    await compose();
    const user = userEvent.setup();
    await user.type(noteField(), '\n\nP.S. I can start on Monday.');
    await user.click(screen.getByRole('button', { name: 'Send thank-you note' }));

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Your thank-you note is sent');
    expect(done).toHaveTextContent(SUMMARY);
    expect(screen.getByRole('link', { name: 'Back to your application' })).toHaveAttribute('href', '/applications/app-1');
    expect(api.calls.filter(isSend).map((c) => c.body)).toEqual([{ kind: 'thank_you', body: `${DRAFT}\n\nP.S. I can start on Monday.` }]);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows a 409 from the server in words where the note is, and offers the way back instead of Send', async () => {
    const thanked = guidanceFor(THANK_YOU_FACTS.ALREADY_THANKED).thankYou;
    stubApi((call) =>
      isSend(call) ? apiError(409, thanked.code, thanked.message, { earliestAt: null, dueAt: thanked.dueAt }) : undefined,
    );
    await compose();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send thank-you note' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(thanked.message);
    expect(screen.queryByRole('button', { name: 'Send thank-you note' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your application' })).toBeVisible();
    // What the candidate wrote stays on the page.
    expect(noteField()).toHaveValue(DRAFT);
  });

  it("puts the server's 400 for the note next to the field", async () => {
    stubApi((call) =>
      isSend(call)
        ? apiError(400, 'VALIDATION_FAILED', 'Validation failed', { fields: { body: 'body must be at most 5000 characters' } })
        : undefined,
    );
    await compose();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send thank-you note' }));
    expect(await screen.findByText('Must be at most 5000 characters.')).toBeVisible();
    expect(noteField()).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses an empty note before sending', async () => {
    const api = stubApi(() => undefined);
    await compose();
    const user = userEvent.setup();
    await user.clear(noteField());
    await user.click(screen.getByRole('button', { name: 'Send thank-you note' }));
    expect(await screen.findByText('Write at least 10 characters.')).toBeVisible();
    expect(api.calls).toHaveLength(0);
  });

  it('when no note is due (already thanked), shows the server advice and the way back, no form', async () => {
    const guidance = guidanceFor(THANK_YOU_FACTS.ALREADY_THANKED);
    await compose(guidance);
    expect(screen.getByText(guidance.thankYou.message)).toBeVisible();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your application' })).toHaveAttribute('href', '/applications/app-1');
  });
});
