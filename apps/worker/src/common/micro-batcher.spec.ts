import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MicroBatcher } from './micro-batcher';

describe('MicroBatcher', () => {
  it('answers concurrent loads with one call, each caller getting its own result', async () => {
    const calls: number[][] = [];
    const batcher = new MicroBatcher<number, string>(
      async (keys) => {
        calls.push(keys);
        return keys.map((key) => `#${key}`);
      },
      { maxBatch: 100, waitMs: 1 },
    );
    const results = await Promise.all([1, 2, 3].map((key) => batcher.load(key)));
    expect(results).toEqual(['#1', '#2', '#3']);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('never puts more than maxBatch keys in one call, and keeps every answer with its key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), async (keys, maxBatch) => {
        const sizes: number[] = [];
        const batcher = new MicroBatcher<number, number>(
          async (batch) => {
            sizes.push(batch.length);
            return batch.map((key) => key * 2);
          },
          { maxBatch, waitMs: 0 },
        );
        const results = await Promise.all(keys.map((key) => batcher.load(key)));
        expect(results).toEqual(keys.map((key) => key * 2));
        expect(sizes.every((size) => size <= maxBatch)).toBe(true);
        expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(keys.length);
      }),
    );
  });

  it('hands a failed call to every caller of that batch, and the next batch starts afresh', async () => {
    let fail = true;
    const batcher = new MicroBatcher<string, string>(
      async (keys) => {
        if (fail) throw new Error('database gone');
        return keys;
      },
      { maxBatch: 10, waitMs: 0 },
    );
    const failed = await Promise.allSettled([batcher.load('a'), batcher.load('b')]);
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(batcher.load('c')).resolves.toBe('c');
  });

  it('refuses a run that returns the wrong number of results instead of mismatching them', async () => {
    const batcher = new MicroBatcher<number, number>(async () => [1], { maxBatch: 10, waitMs: 0 });
    const outcomes = await Promise.allSettled([batcher.load(1), batcher.load(2)]);
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
  });
});
