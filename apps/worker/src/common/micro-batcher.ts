/**
 * Collects the keys that concurrent callers ask for within a few
 * milliseconds and answers them with one call of `run` (the DataLoader
 * pattern). The worker sends up to EMAIL_CONCURRENCY e-mails at a time;
 * batching their claims and status updates turns that many Postgres round
 * trips into one.
 *
 * `run` gets the keys in arrival order and returns one result per key, in
 * the same order. If it throws, every caller of that batch gets the error.
 */
export class MicroBatcher<K, V> {
  private pending: Array<{ key: K; resolve: (value: V) => void; reject: (error: unknown) => void }> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly run: (keys: K[]) => Promise<V[]>,
    private readonly options: { maxBatch: number; waitMs: number },
  ) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (this.pending.length >= this.options.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.options.waitMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    this.run(batch.map((entry) => entry.key)).then(
      (results) => {
        if (results.length !== batch.length) {
          const error = new Error(`MicroBatcher: ${results.length} results for ${batch.length} keys`);
          for (const entry of batch) entry.reject(error);
          return;
        }
        batch.forEach((entry, index) => entry.resolve(results[index] as V));
      },
      (error: unknown) => {
        for (const entry of batch) entry.reject(error);
      },
    );
  }
}
