import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import { createStaff, signUpCandidate, startTestApp, useAppWithCandidate, type SignedInUser, type TestApp } from '../testing/test-app';
import { docxOf, multipartFile, pdfOf } from '../testing/uploads';

const nativePush = Array.prototype.push;

describe('candidate profile', () => {
  const ctx = useAppWithCandidate();

  it('reads and updates only the allowed fields', async () => {
    const res = await ctx.t.request('PATCH', '/api/me/profile', {
      token: ctx.candidate.token,
      body: { city: 'Joliet', phone: '+1 815 555 0199', timeZone: 'America/Chicago', skills: ['Forklift', ' forklift ', 'Inventory control'], guidanceEmails: false },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ city: 'Joliet', phone: '+1 815 555 0199', skills: ['Forklift', 'Inventory control'], guidanceEmails: false });
    expect((await ctx.t.request('GET', '/api/me/profile', { token: ctx.candidate.token })).json()).toMatchObject({ city: 'Joliet', email: ctx.candidate.email });
  });

  it.each([
    [{ email: 'new@example.com' }, 'email'],
    [{ role: 'admin' }, 'role'],
    [{ timeZone: 'Europe/Atlantis' }, 'timeZone'],
    [{ skills: 'forklift' }, 'skills'],
    [{ guidanceEmails: 'yes' }, 'guidanceEmails'],
  ])('refuses %j naming %s', async (body, field) => {
    const res = await ctx.t.request('PATCH', '/api/me/profile', { token: ctx.candidate.token, body });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty(field);
  });

  describe('PUT /api/me/resume', () => {
    it.each([
      ['resume.pdf', 'application/pdf', () => pdfOf(['Casey Quinn. Forklift certification, C++ and Node.js.'])],
      ['resume.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', () => docxOf('Casey Quinn. Forklift certification, C++ and Node.js.')],
      ['resume.txt', 'text/plain', async () => Buffer.from('Casey Quinn.\r\nForklift certification, C++ and Node.js.\r\n')],
    ])('extracts the text of %s and stores the file', async (fileName, type, make) => {
      const data = await make();
      const upload = multipartFile(fileName, type, data);
      const res = await ctx.t.request('PUT', '/api/me/resume', { token: ctx.candidate.token, body: upload.body, headers: upload.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json().resumeText).toMatch(/Forklift certification, C\+\+ and Node\.js\./);
      expect(res.json().resumeFile).toMatchObject({ fileName, contentType: type, sizeBytes: data.length });

      const download = await ctx.t.request('GET', '/api/me/resume', { token: ctx.candidate.token });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toContain(type);
      expect(Buffer.compare(download.rawPayload, data)).toBe(0);
    });

    it('reads a PDF without leaving the slower polyfilled Array.prototype.push behind', async () => {
      const upload = multipartFile('resume.pdf', 'application/pdf', await pdfOf(['Welding and forklift certification.']));
      const res = await ctx.t.request('PUT', '/api/me/resume', { token: ctx.candidate.token, body: upload.body, headers: upload.headers });
      expect(res.statusCode).toBe(200);
      expect(Array.prototype.push).toBe(nativePush);
    });

    it('refuses a file that is not a PDF, .docx or text, whatever it claims to be', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      for (const type of ['image/png', 'application/pdf']) {
        const upload = multipartFile('photo.png', type, png);
        const res = await ctx.t.request('PUT', '/api/me/resume', { token: ctx.candidate.token, body: upload.body, headers: upload.headers });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_RESUME_TYPE', fields: { file: expect.any(String) } });
      }
    });

    it('refuses a file over 5 MB with 413', async () => {
      const upload = multipartFile('huge.txt', 'text/plain', Buffer.alloc(5 * 1024 * 1024 + 10, 'a'));
      const res = await ctx.t.request('PUT', '/api/me/resume', { token: ctx.candidate.token, body: upload.body, headers: upload.headers });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ code: 'RESUME_TOO_LARGE', message: 'The resume must be 5 MB or smaller.' });
    });

    it('asks for multipart when sent something else', async () => {
      const res = await ctx.t.request('PUT', '/api/me/resume', { token: ctx.candidate.token, body: { file: 'x' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toHaveProperty('file');
    });
  });
});

describe('export and erasure', () => {
  let t: TestApp;
  let recruiter: SignedInUser;
  let newJob: () => Promise<string>;
  beforeAll(async () => {
    t = await startTestApp();
    const branch = await createBranch(t.dataSource);
    const company = await createCompany(t.dataSource);
    recruiter = await createStaff(t, 'recruiter', branch.id);
    newJob = async () => (await createJob(t.dataSource, { branch, company })).id;
  });
  afterAll(() => t.close());

  /** Applies, is interviewed (two days ago), thanks the interviewer and hears back from the branch. */
  async function historyFor(candidate: SignedInUser, marker: string): Promise<string> {
    const applied = await t.request('POST', `/api/jobs/${await newJob()}/applications`, {
      token: candidate.token,
      body: { coverLetter: `Dear team, ${marker} here with ten years of experience in exactly this kind of work.`, resumeText: `Resume of ${marker}` },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const id = applied.json<{ id: string }>().id;
    const scheduled = await t.request('POST', `/api/applications/${id}/interviews`, {
      token: recruiter.token,
      body: { scheduledAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), durationMinutes: 30, mode: 'phone', interviewerName: 'Pat Lee' },
    });
    const interviewId = scheduled.json<{ interviews: Array<{ id: string }> }>().interviews[0]?.id;
    await t.request('POST', `/api/interviews/${interviewId}/complete`, { token: recruiter.token, body: { nextSteps: `Call ${marker} next week` } });
    const thanks = await t.request('POST', `/api/applications/${id}/follow-ups`, { token: candidate.token, body: { kind: 'thank_you', body: `Thank you, from ${marker}` } });
    expect(thanks.statusCode, thanks.body).toBe(201);
    await t.request('POST', `/api/applications/${id}/contacts`, { token: recruiter.token, body: { channel: 'phone', summary: `Told ${marker} to expect news` } });
    return id;
  }

  it('exports everything the product holds about the candidate', async () => {
    const candidate = await signUpCandidate(t, { firstName: 'Export', lastName: 'Person' });
    await t.request('PATCH', '/api/me/profile', { token: candidate.token, body: { city: 'Peoria', resumeText: 'Ten years in logistics.', skills: ['Logistics'] } });
    const applicationId = await historyFor(candidate, 'ExportMarker');
    const res = await t.request('GET', '/api/me/export', { token: candidate.token });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.json();
    expect(data.account).toMatchObject({ id: candidate.id, email: candidate.email, role: 'candidate' });
    expect(data.profile).toMatchObject({ firstName: 'Export', lastName: 'Person', city: 'Peoria', resumeText: 'Ten years in logistics.', skills: ['Logistics'] });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.applications).toHaveLength(1);
    expect(data.applications[0]).toMatchObject({ id: applicationId, status: 'interviewed', coverLetter: expect.stringContaining('ExportMarker') });
    expect(data.applications[0].interviews).toHaveLength(1);
    expect(Array.isArray(data.applications[0].emails)).toBe(true);
    expect(data.applications[0].contacts[0].summary).toContain('ExportMarker');
    // The candidate's note and what the branch told them (a recorded contact leaves them a message).
    expect(data.messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'thank_you', body: 'Thank you, from ExportMarker', applicationId }),
        expect.objectContaining({ kind: 'message', body: 'Told ExportMarker to expect news', applicationId }),
      ]),
    );
    expect(data.messages).toHaveLength(2);
    // Every column of the candidate's rows appears in the export (nothing held back).
    const [user] = (await t.dataSource.query('SELECT email, first_name, last_name, city, time_zone FROM users WHERE id = $1', [candidate.id])) as Array<Record<string, string>>;
    for (const value of Object.values(user ?? {})) expect(res.body).toContain(value);
  });

  it('erases the account: no table keeps the e-mail, name, phone or resume', async () => {
    const marker = `Zyx${Date.now()}`;
    const candidate = await signUpCandidate(t, { firstName: `First${marker}`, lastName: `Last${marker}`, phone: '+1 309 555 0123' });
    await t.request('PATCH', '/api/me/profile', { token: candidate.token, body: { city: `City${marker}`, resumeText: `Resume ${marker}` } });
    const applicationId = await historyFor(candidate, marker);

    const wrong = await t.request('DELETE', '/api/me', { token: candidate.token, body: { password: 'not-my-password-1' } });
    expect(wrong.statusCode).toBe(400);

    const res = await t.request('DELETE', '/api/me', { token: candidate.token, body: { password: candidate.password } });
    expect(res.statusCode).toBe(204);

    const needles = [candidate.email, marker, '555 0123'];
    const columns = (await t.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'ARRAY', 'jsonb', 'json', 'bytea')`,
    )) as Array<{ table_name: string; column_name: string }>;
    expect(columns.length).toBeGreaterThan(10);
    for (const { table_name, column_name } of columns) {
      for (const needle of needles) {
        const [{ count }] = (await t.dataSource.query(
          `SELECT count(*)::int AS count FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
          [`%${needle}%`],
        )) as [{ count: number }];
        expect(count, `${table_name}.${column_name} still holds ${needle}`).toBe(0);
      }
    }
    // The application survives for statistics, anonymous.
    const [kept] = (await t.dataSource.query('SELECT status, cover_letter FROM applications WHERE id = $1', [applicationId])) as Array<{ status: string; cover_letter: string | null }>;
    expect(kept).toEqual({ status: 'interviewed', cover_letter: null });
    const erased = (await t.dataSource.query(`SELECT payload FROM outbox_events WHERE type = 'candidate.erased'`)) as Array<{ payload: { userId: string } }>;
    expect(erased.map((e) => e.payload.userId)).toContain(candidate.id);
    expect((await t.request('GET', '/api/auth/me', { token: candidate.token })).statusCode).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { email: candidate.email, password: candidate.password } })).statusCode).toBe(401);
    // The address is free to sign up again.
    expect((await t.request('POST', '/api/auth/register', { body: { email: candidate.email, password: candidate.password, firstName: 'New', lastName: 'Start' } })).statusCode).toBe(201);
  });
});
