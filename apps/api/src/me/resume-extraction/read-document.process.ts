/*
 * Runs as a short-lived child process with its own heap limit (and no
 * environment: no secret is near a hostile file). A document can only
 * exhaust this process: the API keeps answering, and kills it when it runs
 * out of time; running out of heap ends it by itself. It imports no
 * workspace code, only the parsers. (pdf-parse's core-js polyfill of
 * Array.prototype.push stays in this process too, away from the API.)
 */
import { MAX_TEXT_CHARS, type ExtractionReply, type ExtractionRequest } from './extraction-protocol';
import { pdfWithinBudget, zipWithinBudget } from './inflate-budget';

async function extract({ kind, data, limits }: ExtractionRequest): Promise<ExtractionReply> {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const budget = kind === 'pdf' ? pdfWithinBudget(buffer, limits.maxInflatedBytes) : zipWithinBudget(buffer, limits.maxInflatedBytes);
  if ('unreadable' in budget) return { ok: false, reason: 'unreadable' };
  if (!budget.within) return { ok: false, reason: 'inflated' };
  return kind === 'pdf' ? readPdf(buffer, limits.maxPages) : readDocx(buffer);
}

async function readPdf(data: Buffer, maxPages: number): Promise<ExtractionReply> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(data), stopAtErrors: false, isEvalSupported: false, maxImageSize: 0 });
  try {
    // The page count comes from the page tree, before any page is parsed.
    const { total } = await parser.getInfo();
    if (total > maxPages) return { ok: false, reason: 'pages', pages: total };
    const result = await parser.getText();
    // pdf-parse marks page breaks as "-- 1 of 2 --"; they are not part of the resume.
    return { ok: true, text: result.text.replace(/^-- \d+ of \d+ --$/gm, '') };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

async function readDocx(data: Buffer): Promise<ExtractionReply> {
  const { default: mammoth } = await import('mammoth');
  try {
    return { ok: true, text: (await mammoth.extractRawText({ buffer: data })).value };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** Only as much text as the API keeps, so the answer stays small. */
function bounded(reply: ExtractionReply): ExtractionReply {
  return reply.ok ? { ok: true, text: reply.text.slice(0, MAX_TEXT_CHARS) } : reply;
}

process.once('message', (request: ExtractionRequest) => {
  const answer = (reply: ExtractionReply) => process.send?.(reply, () => process.exit(0));
  extract(request).then(
    (reply) => answer(bounded(reply)),
    () => answer({ ok: false, reason: 'unreadable' }),
  );
});
