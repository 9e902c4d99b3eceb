import { HttpStatus, Injectable } from '@nestjs/common';
import { ErrorCode } from '@nextstep/contracts';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ApiError } from '../../common/errors/api-error';
import type { DocumentKind, ExtractionLimits, ExtractionReply, ExtractionRequest } from './extraction-protocol';

/** Extractions running at once per API instance (each is a process with its own heap); more wait in line. */
const RUNNING_AT_ONCE = 2;
const WAITING_AT_MOST = 8;
const RETRY_AFTER_SECONDS = 5;

export type ResumeLimit = 'decompressedSize' | 'pages' | 'time' | 'memory';

export interface ResumeExtractionSettings extends ExtractionLimits {
  timeoutMs: number;
  memoryMb: number;
}

export function extractionSettings(config: AppConfig): ResumeExtractionSettings {
  const { maxInflatedMb, maxPages, timeoutMs, memoryMb } = config.resumes;
  return { maxInflatedBytes: maxInflatedMb * 1024 * 1024, maxPages, timeoutMs, memoryMb };
}

/**
 * Reads the text of PDF and Word resumes off the request path: each file is
 * parsed in a fresh child process with a heap limit, behind a measured
 * decompression budget and a page limit, and is terminated when it runs past
 * its time. A file over a limit is a 400 naming the limit; a full line of
 * waiting uploads is a 503 with Retry-After.
 */
@Injectable()
export class ResumeExtractor {
  private readonly settings: ResumeExtractionSettings;
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(@InjectConfig() config: AppConfig) {
    this.settings = extractionSettings(config);
  }

  pdf(data: Buffer): Promise<string> {
    return this.extract('pdf', data);
  }

  docx(data: Buffer): Promise<string> {
    return this.extract('docx', data);
  }

  private async extract(kind: DocumentKind, data: Buffer): Promise<string> {
    await this.turn();
    try {
      return textOf(kind, await this.runProcess(kind, data), this.settings);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private turn(): Promise<void> {
    if (this.running < RUNNING_AT_ONCE) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= WAITING_AT_MOST) {
      throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.BUSY, 'Many resumes are being read right now; please try again in a few seconds.', {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    // The slot is handed over by the finishing extraction, so `running` never drops in between.
    return new Promise((resolve) => this.waiting.push(() => resolve()));
  }

  private runProcess(kind: DocumentKind, data: Buffer): Promise<ExtractionReply | 'time' | 'memory'> {
    const request: ExtractionRequest = { kind, data: new Uint8Array(data), limits: this.settings };
    const child = startReader(this.settings.memoryMb);
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: ExtractionReply | 'time' | 'memory') => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        resolve(outcome);
      };
      const deadline = setTimeout(() => settle('time'), this.settings.timeoutMs);
      child.once('message', (reply: ExtractionReply) => settle(reply));
      // V8 aborts a process whose heap limit is reached.
      child.once('exit', (code, signal) => settle(signal === 'SIGABRT' || code === 134 ? 'memory' : { ok: false, reason: 'unreadable' }));
      child.once('error', () => settle({ ok: false, reason: 'unreadable' }));
      child.send(request, (error) => {
        if (error) settle({ ok: false, reason: 'unreadable' });
      });
    });
  }
}

/**
 * One process per file: a worker thread's heap limit cannot stop a single
 * large allocation near the limit from aborting the whole API (it did, in
 * testing), while a child process that runs out of heap ends alone.
 *
 * Built code runs the compiled reader next to this file. Tests and
 * `npm run dev:api` run TypeScript: this process compiles the reader's own
 * files with SWC once and sends the child the JavaScript first, so the child
 * loads no compiler and starts as fast as in production.
 */
function startReader(memoryMb: number): ChildProcess {
  const heap = `--max-old-space-size=${memoryMb}`;
  const compiled = join(__dirname, 'read-document.process.js');
  // No environment (no secrets near a hostile file), no output in the API's logs, and a message channel.
  const options: SpawnOptions = { env: {}, stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' };
  if (existsSync(compiled)) return spawn(process.execPath, [heap, compiled], options);
  const child = spawn(process.execPath, [heap, '-e', TYPESCRIPT_LOADER], options);
  child.send({ entry: join(__dirname, 'read-document.process.ts'), sources: typescriptSources() });
  return child;
}

const TYPESCRIPT_LOADER = `
process.once('message', ({ entry, sources }) => {
  require.extensions['.ts'] = (module, filename) => module._compile(sources[filename], filename);
  require(entry);
});
`;
const READER_SOURCES = ['read-document.process.ts', 'inflate-budget.ts', 'extraction-protocol.ts'];
let compiledSources: Record<string, string> | null = null;

function typescriptSources(): Record<string, string> {
  if (!compiledSources) {
    // Development only: SWC is a build tool that production does not ship, so it is loaded on demand.
    const { transformSync } = require('@swc/core') as typeof import('@swc/core');
    const options = { swcrc: false, jsc: { parser: { syntax: 'typescript' as const }, target: 'es2022' as const }, module: { type: 'commonjs' as const } };
    compiledSources = Object.fromEntries(
      READER_SOURCES.map((name) => {
        const filename = join(__dirname, name);
        return [filename, transformSync(readFileSync(filename, 'utf8'), { ...options, filename }).code];
      }),
    );
  }
  return compiledSources;
}

const MB = 1024 * 1024;

function textOf(kind: DocumentKind, outcome: ExtractionReply | 'time' | 'memory', settings: ResumeExtractionSettings): string {
  const what = kind === 'pdf' ? 'PDF' : 'Word document';
  if (outcome === 'time') {
    throw limitExceeded('time', `Reading this ${what} took longer than ${settings.timeoutMs / 1000} seconds, the limit.`);
  }
  if (outcome === 'memory') {
    throw limitExceeded('memory', `Reading this ${what} needed more than ${settings.memoryMb} MB of memory, the limit.`);
  }
  if (outcome.ok) return outcome.text;
  switch (outcome.reason) {
    case 'inflated':
      return fail(limitExceeded('decompressedSize', `This ${what} unpacks to more than ${settings.maxInflatedBytes / MB} MB, the limit.`));
    case 'pages':
      return fail(limitExceeded('pages', `This ${what} has ${outcome.pages} pages; resumes may have at most ${settings.maxPages}.`));
    case 'unreadable':
      return fail(
        new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.RESUME_UNREADABLE, `This ${what} could not be read; it may be damaged or password-protected.`, {
          fields: { file: `file is not a readable ${what}` },
        }),
      );
  }
}

function fail(error: ApiError): never {
  throw error;
}

function limitExceeded(limit: ResumeLimit, message: string): ApiError {
  return new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.RESUME_LIMIT_EXCEEDED, `${message} Upload a shorter or simpler file, or a plain-text version.`, {
    limit,
    fields: { file: message },
  });
}
