import { RESUME_UPLOAD } from '@nextstep/contracts';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, stubApi, type StubReply } from '../../../testing/api-stub';
import { renderWithProviders } from '../../../testing/render';
import type { Profile } from '../api/account';
import { DeleteAccount } from './delete-account';
import { GuidanceEmailsSwitch } from './guidance-emails-switch';
import { ProfileForm } from './profile-form';
import { ResumeUpload } from './resume-upload';

afterEach(() => vi.unstubAllGlobals());

const PROFILE: Profile = {
  email: 'maria@example.com',
  firstName: 'Maria',
  lastName: 'Lopez',
  phone: null,
  city: 'Joliet',
  timeZone: 'America/Chicago',
  resumeText: null,
  skills: [],
  guidanceEmails: true,
  resumeFile: null,
};

const badRequest = (fields: Record<string, string>): StubReply => ({
  status: 400,
  body: { statusCode: 400, error: 'Bad Request', message: 'Validation failed', code: 'VALIDATION_FAILED', fields },
});

describe('profile form', () => {
  it("maps the server's 400 onto each named field", async () => {
    stubApi((call) =>
      call.method === 'PATCH' && call.path === '/api/me/profile'
        ? badRequest({
            timeZone: 'timeZone must be an IANA time zone such as America/Chicago',
            city: 'city must be shorter than or equal to 100 characters',
          })
        : undefined,
    );
    renderWithProviders(<ProfileForm profile={PROFILE} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Must be an IANA time zone such as America/Chicago.')).toBeVisible();
    expect(screen.getByText('Must be shorter than or equal to 100 characters.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends only what the form holds, empty optional fields as null', async () => {
    const api = stubApi((call) => (call.method === 'PATCH' ? { body: { ...PROFILE, phone: null, city: null } } : undefined));
    renderWithProviders(<ProfileForm profile={PROFILE} />);
    const user = userEvent.setup();
    await user.clear(screen.getByRole('textbox', { name: 'City' }));
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your details are up to date.');
    expect(api.calls[0]?.body).toEqual({ firstName: 'Maria', lastName: 'Lopez', phone: null, city: null, timeZone: 'America/Chicago' });
  });

  it('checks the phone number in the browser the way the API does', async () => {
    const api = stubApi(() => undefined);
    renderWithProviders(<ProfileForm profile={PROFILE} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), 'call me');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Enter a phone number: digits, spaces and + ( ) - . only.')).toBeVisible();
    expect(api.calls).toHaveLength(0);
  });
});

describe('guidance e-mails switch', () => {
  it('saves the choice at once and says what is on', async () => {
    const api = stubApi((call) => (call.method === 'PATCH' ? { body: { ...PROFILE, guidanceEmails: false } } : undefined));
    renderWithProviders(<GuidanceEmailsSwitch profile={PROFILE} />);
    const toggle = screen.getByRole('switch', { name: /Guidance e-mails/ });
    expect(toggle).toBeChecked();
    await userEvent.setup().click(toggle);
    await vi.waitFor(() => expect(api.calls[0]?.body).toEqual({ guidanceEmails: false }));
  });
});

describe('resume upload', () => {
  const file = (name: string, size: number, type: string) => {
    const f = new File(['x'], name, { type });
    Object.defineProperty(f, 'size', { value: size });
    return f;
  };
  const chooser = () => screen.getByRole('button', { name: /Resume file/ });

  it('states the types and the 5 MB limit before anything is chosen', () => {
    renderWithProviders(<ResumeUpload profile={PROFILE} />);
    expect(chooser()).toHaveAccessibleDescription(expect.stringContaining('PDF, Word (.docx) or plain text file, up to 5 MB'));
  });

  it('refuses a file over 5 MB or of another type in the browser, in words', async () => {
    const api = stubApi(() => undefined);
    const { container } = renderWithProviders(<ResumeUpload profile={PROFILE} />);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    fireEvent.change(input, { target: { files: [file('resume.pdf', RESUME_UPLOAD.maxBytes + 1, 'application/pdf')] } });
    expect(await screen.findByText(/^“resume.pdf” is 5.1 MB, over the 5 MB limit\./)).toBeVisible();
    fireEvent.change(input, { target: { files: [file('photo.png', 1000, 'image/png')] } });
    expect(await screen.findByText(/^“photo.png” is not a PDF, Word \(.docx\) or plain-text file\./)).toBeVisible();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Upload resume' }));
    expect(api.calls).toHaveLength(0);
  });

  it("shows the server's reason when it cannot read the file", async () => {
    stubApi((call) =>
      call.method === 'PUT' && call.path === '/api/me/resume'
        ? apiError(
            400,
            'RESUME_HAS_NO_TEXT',
            'We could not find any text in this file. If it is a scan, upload the original document or a plain-text version instead.',
            {
              fields: { file: 'file contains no readable text' },
            },
          )
        : undefined,
    );
    const { container } = renderWithProviders(<ResumeUpload profile={PROFILE} />);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    fireEvent.change(input, { target: { files: [file('scan.pdf', 2000, 'application/pdf')] } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Upload resume' }));
    expect(await screen.findByText(/^We could not find any text in this file\./)).toBeVisible();
  });
});

describe('delete account', () => {
  it('says plainly what is removed and what is kept anonymously', () => {
    renderWithProviders(<DeleteAccount onDeleted={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'What is removed' })).toBeVisible();
    expect(screen.getByText(/Each application stays as a record without anything about you/)).toBeVisible();
  });

  it('puts a wrong password from the server on the password field and does not sign out', async () => {
    stubApi((call) =>
      call.method === 'DELETE' && call.path === '/api/me'
        ? apiError(400, 'INVALID_CREDENTIALS', 'The password is not correct.', { fields: { password: 'password is not correct' } })
        : undefined,
    );
    const onDeleted = vi.fn();
    renderWithProviders(<DeleteAccount onDeleted={onDeleted} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Your password/), 'not-my-password');
    await user.click(screen.getByRole('checkbox', { name: /cannot be restored/ }));
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByText('Is not correct.')).toBeVisible();
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('asks for the confirmation before sending anything, then erases and hands over', async () => {
    const api = stubApi((call) => (call.method === 'DELETE' ? { status: 204 } : undefined));
    const onDeleted = vi.fn();
    renderWithProviders(<DeleteAccount onDeleted={onDeleted} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Your password/), 'my-real-password');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByText('Tick the box to confirm you understand this cannot be undone.')).toBeVisible();
    expect(api.calls).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: /cannot be restored/ }));
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(api.calls[0]?.body).toEqual({ password: 'my-real-password' });
  });
});
