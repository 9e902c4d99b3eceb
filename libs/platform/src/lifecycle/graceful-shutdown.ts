interface Closable {
  close(): Promise<void>;
}

/**
 * On SIGTERM or SIGINT: close the app (which lets running work finish and
 * calls every shutdown hook), then exit 0. A second signal exits at once.
 */
export function closeOnSignals(app: Closable, log: (message: string) => void): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      log(`Received ${signal} again; exiting without waiting`);
      process.exit(1);
    }
    closing = true;
    log(`Received ${signal}; shutting down`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
