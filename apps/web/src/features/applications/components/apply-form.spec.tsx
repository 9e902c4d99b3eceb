import { COVER_LETTER } from '@nextstep/contracts';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, stubApi, type ApiCall } from '../../../testing/api-stub';
import { renderInRouter } from '../../../testing/render-in-router';
import { ApplyForm } from './apply-form';

afterEach(() => vi.unstubAllGlobals());

const LETTER = 'I drove forklifts for six years in two busy warehouses and kept a clean safety record.';
const isApply = (call: ApiCall) => call.method === 'POST' && call.path === '/api/jobs/job-1/applications';

function renderForm(hasResume = true) {
  const onApplied = vi.fn();
  const view = renderInRouter(
    <ApplyForm
      jobId="job-1"
      jobTitle="Forklift Operator"
      hasResume={hasResume}
      resumeSection={<p>Resume on file</p>}
      onApplied={onApplied}
    />,
  );
  return { view, onApplied };
}
const letterField = () => screen.getByRole('textbox', { name: /Cover letter/ });
const send = () => screen.getByRole('button', { name: 'Send my application for Forklift Operator' });

describe('apply form', () => {
  it("says why the letter matters here and counts towards the API's minimum as the candidate types", async () => {
    await renderForm().view;
    expect(letterField()).toHaveAccessibleDescription(expect.stringContaining('the employer will not take calls about it'));
    expect(
      screen.getByText(`0 characters written: at least ${COVER_LETTER.minChars} more to go (minimum ${COVER_LETTER.minChars}).`),
    ).toBeVisible();
    fireEvent.change(letterField(), { target: { value: '  Forklift certified.  ' } });
    expect(screen.getByText('19 characters written: at least 31 more to go (minimum 50).')).toBeVisible();
    fireEvent.change(letterField(), { target: { value: LETTER } });
    expect(screen.getByText(`${LETTER.length} characters: long enough (minimum 50).`)).toBeVisible();
  });

  it('keeps the resume section, which has its own upload form, outside the application form', async () => {
    const onApplied = vi.fn();
    await renderInRouter(
      <ApplyForm
        jobId="job-1"
        jobTitle="Forklift Operator"
        hasResume={false}
        resumeSection={
          <form aria-label="Upload a resume">
            <button type="submit">Upload resume</button>
          </form>
        }
        onApplied={onApplied}
      />,
    );
    // Nested forms make the browser submit the wrong one (a page reload that loses the letter).
    expect(screen.getByRole('form', { name: 'Upload a resume' }).parentElement?.closest('form')).toBeNull();
    expect(send()).toHaveAttribute('form', screen.getByRole('form', { name: 'Application for Forklift Operator' }).id);
  });

  it('sends the letter and hands the new application on', async () => {
    const api = stubApi((call) => (isApply(call) ? { status: 201, body: { id: 'app-9', status: 'applied' } } : undefined));
    const { view, onApplied } = renderForm();
    await view;
    fireEvent.change(letterField(), { target: { value: LETTER } });
    await userEvent.setup().click(send());
    await vi.waitFor(() => expect(onApplied).toHaveBeenCalledWith(expect.objectContaining({ id: 'app-9' })));
    expect(api.calls.find(isApply)?.body).toEqual({ coverLetter: LETTER });
  });

  it("puts the server's 400 on the cover letter field, in words", async () => {
    stubApi((call) =>
      isApply(call)
        ? apiError(400, 'VALIDATION_FAILED', 'Validation failed', { fields: { coverLetter: 'coverLetter must be at least 50 characters: say why you fit this job' } })
        : undefined,
    );
    await renderForm().view;
    // Long enough for the browser check, so the server has the last word.
    fireEvent.change(letterField(), { target: { value: LETTER } });
    await userEvent.setup().click(send());
    expect(await screen.findByText('Must be at least 50 characters: say why you fit this job.')).toBeVisible();
    expect(letterField()).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains ALREADY_APPLIED and links to the existing application', async () => {
    stubApi((call) =>
      isApply(call)
        ? apiError(409, 'ALREADY_APPLIED', 'You have already applied to this job; follow it in your applications.', {
            applicationId: 'app-3',
          })
        : undefined,
    );
    await renderForm().view;
    fireEvent.change(letterField(), { target: { value: LETTER } });
    await userEvent.setup().click(send());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You have already applied to this job');
    expect(screen.getByRole('link', { name: 'Open your application' })).toHaveAttribute('href', '/applications/app-3');
  });

  it('explains JOB_NOT_OPEN and points to the search', async () => {
    stubApi((call) => (isApply(call) ? apiError(409, 'JOB_NOT_OPEN', 'This job is no longer taking applications.') : undefined));
    await renderForm().view;
    fireEvent.change(letterField(), { target: { value: LETTER } });
    await userEvent.setup().click(send());
    expect(await screen.findByRole('alert')).toHaveTextContent('This job is no longer taking applications.');
    expect(screen.getByRole('link', { name: 'Search for other jobs' })).toHaveAttribute('href', '/');
  });

  it('keeps Send off until there is a resume, and says why', async () => {
    await renderForm(false).view;
    expect(send()).toBeDisabled();
    expect(screen.getByText('Upload your resume above to send the application.')).toBeVisible();
  });
});
