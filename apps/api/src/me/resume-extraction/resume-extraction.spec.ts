import { deflateSync } from 'node:zlib';
import { testConfig } from '@nextstep/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCandidate, startTestApp, type SignedInUser, type TestApp } from '../../testing/test-app';
import { docxOf, multipartFile, pdfOf } from '../../testing/uploads';
import { pdfWithinBudget, zipWithinBudget } from './inflate-budget';
import { ResumeExtractor } from './resume-extractor.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MB = 1024 * 1024;

/** A Word document whose one paragraph is `chars` characters of the same letter: a few KB that inflate to `chars` bytes and more. */
function docxBomb(chars: number): Promise<Buffer> {
  return docxOf('Forklift operator. ' + 'a'.repeat(chars));
}

function pdfPages(pages: number): Promise<Buffer> {
  return pdfOf(Array.from({ length: pages }, (_, index) => `Casey Quinn, page ${index + 1}. Forklift certification.`));
}

/** One page whose content stream is `bytes` of spaces, deflated: the shape of the PDF that inflated to 400 MB. */
function pdfStreamBomb(bytes: number): Buffer {
  const content = deflateSync(Buffer.alloc(bytes, ' '), { level: 9 });
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
        '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n' +
        `4 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`,
      'latin1',
    ),
    content,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n', 'latin1'),
  ]);
}

async function upload(t: TestApp, candidate: SignedInUser, fileName: string, type: string, data: Buffer) {
  const form = multipartFile(fileName, type, data);
  return t.request('PUT', '/api/me/resume', { token: candidate.token, body: form.body, headers: form.headers });
}

describe('resume bombs', () => {
  describe('with the limits lowered for the test', () => {
    let t: TestApp;
    let candidate: SignedInUser;
    beforeAll(async () => {
      t = await startTestApp({ RESUME_MAX_INFLATED_MB: '1', RESUME_MAX_PAGES: '3' });
      candidate = await signUpCandidate(t);
    });
    afterAll(() => t.close());

    it('refuses a small .docx that inflates past the decompressed-size limit, with a 400 naming it', async () => {
      const bomb = await docxBomb(4 * MB);
      expect(bomb.length).toBeLessThan(64 * 1024);
      const res = await upload(t, candidate, 'resume.docx', DOCX, bomb);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'RESUME_LIMIT_EXCEEDED', limit: 'decompressedSize', fields: { file: expect.stringMatching(/more than 1 MB/) } });
    });

    it('refuses a PDF whose streams inflate past the limit', async () => {
      const bomb = pdfStreamBomb(4 * MB);
      expect(bomb.length).toBeLessThan(64 * 1024);
      const res = await upload(t, candidate, 'resume.pdf', 'application/pdf', bomb);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'RESUME_LIMIT_EXCEEDED', limit: 'decompressedSize' });
    });

    it('refuses a PDF with more pages than the limit, saying how many it has', async () => {
      const res = await upload(t, candidate, 'resume.pdf', 'application/pdf', await pdfPages(5));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'RESUME_LIMIT_EXCEEDED', limit: 'pages', message: expect.stringMatching(/5 pages; resumes may have at most 3/) });
    });

    it('still reads files within the limits', async () => {
      const pdf = await upload(t, candidate, 'resume.pdf', 'application/pdf', await pdfPages(3));
      expect(pdf.statusCode).toBe(200);
      expect(pdf.json().resumeText).toMatch(/page 3\. Forklift certification/);
      const docx = await upload(t, candidate, 'resume.docx', DOCX, await docxBomb(100_000));
      expect(docx.statusCode).toBe(200);
      expect(docx.json().resumeText).toMatch(/^Forklift operator\. a+$/);
    });
  });

  it('stops reading at the time limit', async () => {
    const t = await startTestApp({ RESUME_EXTRACTION_TIMEOUT_MS: '1' });
    try {
      const candidate = await signUpCandidate(t);
      const res = await upload(t, candidate, 'resume.pdf', 'application/pdf', await pdfPages(1));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'RESUME_LIMIT_EXCEEDED', limit: 'time', message: expect.stringMatching(/longer than 0\.001 seconds/) });
    } finally {
      await t.close();
    }
  });

  it('stops reading at the memory limit, and the API lives on', async () => {
    const t = await startTestApp({ RESUME_EXTRACTION_MEMORY_MB: '16', RESUME_MAX_INFLATED_MB: '500', RESUME_EXTRACTION_TIMEOUT_MS: '60000' });
    try {
      const candidate = await signUpCandidate(t);
      const res = await upload(t, candidate, 'resume.docx', DOCX, await docxBomb(48 * MB));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'RESUME_LIMIT_EXCEEDED', limit: 'memory' });
      expect((await t.request('GET', '/api/health')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  }, 90_000);

  it('keeps /api/health answering within 100 ms while a heavy file is read', async () => {
    const t = await startTestApp({ RESUME_MAX_INFLATED_MB: '100', RESUME_EXTRACTION_TIMEOUT_MS: '60000' });
    try {
      const candidate = await signUpCandidate(t);
      // Inflates to ~25 MB: seconds of parsing, which used to run on the API's event loop.
      const heavy = multipartFile('resume.docx', DOCX, await docxBomb(12 * MB));
      const uploading = t.request('PUT', '/api/me/resume', { token: candidate.token, body: heavy.body, headers: heavy.headers });
      let done = false;
      void uploading.finally(() => {
        done = true;
      });
      const latencies: number[] = [];
      // Past the first moments, which parse the multipart body and start the reading process.
      await new Promise((resolve) => setTimeout(resolve, 50));
      while ((!done || latencies.length === 0) && latencies.length < 200) {
        const started = performance.now();
        expect((await t.request('GET', '/api/health')).statusCode).toBe(200);
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const res = await uploading;
      expect(res.statusCode).toBe(200);
      // A quiet machine reads the file in well under a second, so only a few health checks fit in; one is enough to measure.
      expect(latencies.length).toBeGreaterThan(0);
      // Reading on the event loop held the requests behind it for seconds: that is the wait none may reach. The
      // reading process and the other suites share the two cores, which delays some checks by a few hundred ms
      // (a tenth of them took 291 ms in one CI run), so the typical check, not the slowest tenth, must be quick.
      const sorted = [...latencies].sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
      expect(Math.max(...latencies)).toBeLessThan(1_000);
    } finally {
      await t.close();
    }
  }, 90_000);

  it('answers 503 with Retry-After when too many files wait to be read', async () => {
    const extractor = new ResumeExtractor(testConfig());
    const pdf = await pdfPages(1);
    const calls = Array.from({ length: 11 }, () => extractor.pdf(pdf).then(() => 'read', (error: { getStatus(): number; getResponse(): unknown }) => error));
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((o) => o === 'read')).toHaveLength(10);
    const refused = outcomes.find((o) => o !== 'read') as { getStatus(): number; getResponse(): unknown };
    expect(refused.getStatus()).toBe(503);
    expect(refused.getResponse()).toMatchObject({ code: 'BUSY', retryAfterSeconds: 5 });
  }, 60_000);
});

describe('inflate budget', () => {
  it('measures what a .docx unpacks to, stopping at the budget', async () => {
    const small = await docxBomb(10_000);
    expect(zipWithinBudget(small, MB)).toMatchObject({ within: true, bytes: expect.any(Number) });
    expect(zipWithinBudget(await docxBomb(2 * MB), MB)).toEqual({ within: false });
    expect(zipWithinBudget(Buffer.from('PK\u0003\u0004 not really a zip'), MB)).toEqual({ unreadable: true });
  });

  it('measures the Flate streams of a PDF', () => {
    expect(pdfWithinBudget(pdfStreamBomb(100_000), MB)).toMatchObject({ within: true, bytes: 100_000 });
    expect(pdfWithinBudget(pdfStreamBomb(2 * MB), MB)).toEqual({ within: false });
  });
});
