import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, type OutboxEventType } from '@nextstep/platform';
import { DataSource } from 'typeorm';
import { EmailQueue } from '../queues/email.queue';
import { EmailScheduler, emptyChanges, type RelayedEvent } from '../scheduling/email-scheduler.service';

const BATCH_SIZE = 500;
/** Batches relayed at once; SKIP LOCKED gives each its own rows, so database and Redis round trips overlap. */
const RELAY_LANES = 3;
/** After this many failed attempts an event is set aside (processed_at set, last_error kept) so it cannot block the rest. */
const MAX_EVENT_ATTEMPTS = 10;

interface OutboxRow {
  id: string;
  type: OutboxEventType;
  application_id: string | null;
  payload: RelayedEvent['payload'];
}

/**
 * Moves outbox rows into scheduled_emails. Woken at once by Postgres
 * NOTIFY (see OutboxListener); the maintenance queue's relay job (every few
 * seconds) catches whatever a missed notification left behind.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: EmailScheduler,
    private readonly queue: EmailQueue,
    private readonly clock: Clock,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running?.catch(() => undefined);
  }

  /** Relays until nothing is left; concurrent calls join the running pass (and ask it to go round once more). */
  kick(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      try {
        do {
          this.again = false;
          const relayed = await Promise.all(Array.from({ length: RELAY_LANES }, () => this.drain()));
          total += relayed.reduce((sum, count) => sum + count, 0);
        } while (this.again && !this.stopped);
      } catch (error) {
        this.logger.error(`Outbox relay failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
      return total;
    })();
    return this.running;
  }

  private async drain(): Promise<number> {
    let total = 0;
    let relayed: number;
    do {
      relayed = await this.relayBatch();
      total += relayed;
    } while (relayed === BATCH_SIZE && !this.stopped);
    return total;
  }

  /**
   * Claims up to BATCH_SIZE unprocessed rows (SKIP LOCKED: several workers
   * share the work without waiting on each other), applies each, marks them
   * processed in the same transaction, then tells Redis. Returns rows claimed.
   */
  async relayBatch(): Promise<number> {
    const changes = emptyChanges();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let claimed = 0;
    try {
      await runner.startTransaction();
      const rows = (await runner.query(
        `SELECT id, type, application_id, payload FROM outbox_events
          WHERE processed_at IS NULL ORDER BY id LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`,
      )) as OutboxRow[];
      claimed = rows.length;
      // One application's events in a fixed order, so two relays never wait on each other's advisory locks in a cycle.
      rows.sort((a, b) => (a.application_id ?? '').localeCompare(b.application_id ?? '') || Number(a.id) - Number(b.id));
      const now = this.clock.now();
      // The API writes each type with its own payload (OutboxPayloads), so the pairing holds for stored rows.
      const events = rows.map((row) => ({ id: row.id, type: row.type, applicationId: row.application_id, payload: row.payload }) as RelayedEvent);
      const done: string[] = [];
      await runner.query('SAVEPOINT relay_batch');
      try {
        await this.scheduler.applyBatch(runner.manager, events, now, changes);
        await runner.query('RELEASE SAVEPOINT relay_batch');
        done.push(...events.map((event) => event.id));
      } catch (batchError) {
        // Find the bad event: replay one by one, each in its own savepoint.
        await runner.query('ROLLBACK TO SAVEPOINT relay_batch');
        this.logger.warn(`Outbox batch failed (${(batchError as Error).message}); relaying its events one by one`);
        changes.add.length = 0;
        changes.remove.length = 0;
        for (const event of events) {
          await runner.query('SAVEPOINT relay_event');
          // Only an event whose savepoint is kept may tell Redis anything.
          const eventChanges = emptyChanges();
          try {
            await this.scheduler.apply(runner.manager, event, now, eventChanges);
            await runner.query('RELEASE SAVEPOINT relay_event');
            changes.add.push(...eventChanges.add);
            changes.remove.push(...eventChanges.remove);
            done.push(event.id);
          } catch (error) {
            await runner.query('ROLLBACK TO SAVEPOINT relay_event');
            const message = (error as Error).message;
            this.logger.error(`Outbox event ${event.id} (${event.type}) failed: ${message}`);
            await runner.query(
              `UPDATE outbox_events SET attempts = attempts + 1, last_error = $2,
                 processed_at = CASE WHEN attempts + 1 >= ${MAX_EVENT_ATTEMPTS} THEN now() END WHERE id = $1`,
              [event.id, message.slice(0, 2_000)],
            );
          }
        }
      }
      if (done.length) {
        await runner.query(`UPDATE outbox_events SET processed_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [done]);
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    if (changes.add.length || changes.remove.length) await this.queue.publish(changes);
    return claimed;
  }
}
