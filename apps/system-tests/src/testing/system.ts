import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '@nextstep/mail/testing';
import { Clock } from '@nextstep/platform';
import { DataSource } from 'typeorm';
import { EmailQueue, startTestApp, startTestWorker, type TestApp, type TestWorker } from './apps';

/** A clock that moves only when the test says so; the API and the worker read the same one. */
export class SteppedClock extends Clock {
  private at: number;

  constructor(start: Date) {
    super();
    this.at = start.getTime();
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: Date): void {
    this.at = at.getTime();
  }

  advance(ms: number): void {
    this.at += ms;
  }
}

/** The e-mails one test is about: the applications and the person they concern. */
export interface Scope {
  applicationIds: string[];
  userId: string;
}

/** What scheduled_emails says about a message the SMTP server received. */
export interface DeliveredEmail {
  message: ReceivedEmail;
  /** The scheduled_emails row named by the Message-ID, when there is one. */
  row: { id: string; kind: string; applicationId: string | null; interviewId: string | null; recipientUserId: string | null; dedupeKey: string } | null;
}

export interface System {
  clock: SteppedClock;
  api: TestApp;
  worker: TestWorker;
  sink: SmtpSink;
  dataSource: DataSource;
  /**
   * Runs the system until nothing of the scope is left to do at the current
   * time: every outbox row relayed, every due e-mail sent (or skipped), no row
   * being sent. Due delayed jobs are promoted (the injected clock, not the wall
   * clock, says what is due); nothing sleeps on wall time beyond short polls.
   */
  settle(scope: Scope, timeoutMs?: number): Promise<void>;
  /** The messages received since `from` (an index into the SMTP log), each with its row. */
  deliveredSince(from: number): Promise<DeliveredEmail[]>;
  close(): Promise<void>;
}

const MESSAGE_ID = /^<scheduled-email-([0-9a-f-]{36})@/;

/** The real API and the real worker, in this process, against this run's Postgres and Redis, sending to an in-process SMTP server. */
export async function startSystem(start: Date, env: Record<string, string> = {}): Promise<System> {
  const clock = new SteppedClock(start);
  const sink = await startSmtpSink();
  const fullEnv = { SMTP_URL: sink.url, ...env };
  const api = await startTestApp(fullEnv, { clock });
  const worker = await startTestWorker(fullEnv, clock);
  const emailQueue = worker.app.get(EmailQueue);
  const dataSource = api.dataSource;

  /** Promotes the delayed jobs of these rows; returns the rows whose job is not waiting anywhere. */
  async function promoteDue(ids: string[]): Promise<string[]> {
    const stray: string[] = [];
    for (const id of ids) {
      const job = await worker.queue.getJob(id);
      const state = job ? await job.getState() : 'missing';
      if (state === 'delayed') await job?.promote().catch(() => undefined);
      else if (state === 'missing' || state === 'completed' || state === 'failed') stray.push(id);
    }
    return stray;
  }

  async function settle(scope: Scope, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let strayFor = 0;
    let swept = false;
    for (;;) {
      const [state] = (await dataSource.query(
        `SELECT (SELECT count(*) FROM outbox_events WHERE processed_at IS NULL)::int AS unrelayed,
                (SELECT coalesce(json_agg(json_build_object('id', id, 'status', status)), '[]') FROM scheduled_emails
                  WHERE (application_id = ANY($1::uuid[]) OR recipient_user_id = $2)
                    AND (status = 'sending' OR (status = 'scheduled' AND send_at <= $3))) AS busy`,
        [scope.applicationIds, scope.userId, clock.now()],
      )) as Array<{ unrelayed: number; busy: Array<{ id: string; status: 'scheduled' | 'sending' }> }>;
      const unrelayed = state?.unrelayed ?? 0;
      const busy = state?.busy ?? [];
      if (!unrelayed && !busy.length) return;
      // LISTEN wakes the relay by itself; joining its pass only saves the wait.
      if (unrelayed) await worker.relay.kick();
      const stray = await promoteDue(busy.filter((row) => row.status === 'scheduled').map((row) => row.id));
      // A due row without a live job is what the sweep is for. The relay adds jobs just after its commit,
      // so give it a moment before calling the sweep rather than waiting 30 s for its tick.
      strayFor = stray.length ? strayFor + 1 : 0;
      if (strayFor > 20 && !swept) {
        await emailQueue.sweep();
        swept = true;
      }
      if (Date.now() > deadline) {
        throw new Error(`The system did not settle within ${timeoutMs} ms: ${unrelayed} outbox rows unrelayed; due or being sent: ${JSON.stringify(busy)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async function deliveredSince(from: number): Promise<DeliveredEmail[]> {
    const messages = sink.received.slice(from);
    const ids = messages.map((message) => MESSAGE_ID.exec(message.parsed.messageId ?? '')?.[1]).filter((id): id is string => !!id);
    const rows = ids.length
      ? ((await dataSource.query(
          `SELECT id, kind, application_id, interview_id, recipient_user_id, dedupe_key FROM scheduled_emails WHERE id = ANY($1::uuid[])`,
          [ids],
        )) as Array<{ id: string; kind: string; application_id: string | null; interview_id: string | null; recipient_user_id: string | null; dedupe_key: string }>)
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return messages.map((message) => {
      const found = byId.get(MESSAGE_ID.exec(message.parsed.messageId ?? '')?.[1] ?? '');
      return {
        message,
        row: found
          ? {
              id: found.id,
              kind: found.kind,
              applicationId: found.application_id,
              interviewId: found.interview_id,
              recipientUserId: found.recipient_user_id,
              dedupeKey: found.dedupe_key,
            }
          : null,
      };
    });
  }

  return {
    clock,
    api,
    worker,
    sink,
    dataSource,
    settle,
    deliveredSince,
    async close() {
      await worker.close();
      await api.close();
      await sink.close();
    },
  };
}
