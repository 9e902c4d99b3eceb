import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { OUTBOX_NOTIFY_CHANNEL } from '@nextstep/db';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { Client } from 'pg';
import { OutboxRelay } from './outbox-relay.service';

const LISTEN_RECONNECT_MS = 1_000;

/**
 * Wakes the relay as soon as the API commits an outbox row (Postgres
 * LISTEN/NOTIFY). A lost connection only delays e-mails until the relay's
 * polling job, so it reconnects quietly.
 */
@Injectable()
export class OutboxListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxListener.name);
  private listener: Client | null = null;
  private stopped = false;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    // Whatever was written while no worker ran.
    void this.relay.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'nextstep-worker-listen' });
    client.on('notification', () => void this.relay.kick());
    client.on('error', (error) => {
      this.logger.warn(`Outbox LISTEN connection lost (${error.message}); polling continues, reconnecting`);
      this.listener = null;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), LISTEN_RECONNECT_MS).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn(`Could not LISTEN for outbox rows (${(error as Error).message}); relying on polling`);
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), LISTEN_RECONNECT_MS).unref();
    }
  }
}
