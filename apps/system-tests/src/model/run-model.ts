/**
 * `npm run test:model -- --runs 500 [--seed 123] [--trace]`: the model-based
 * e-mail test with more runs than `npm test` gives it, or one seed replayed.
 * It runs the same spec through vitest (so it gets the same throw-away
 * database and Redis prefix); the numbers go to the spec as MODEL_* variables.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const runs = option('runs') ?? '500';
const seed = option('seed');
if (!/^[1-9]\d*$/.test(runs)) throw new Error(`--runs must be a whole number above 0 (got "${runs}")`);
if (seed !== undefined && !/^-?\d+$/.test(seed)) throw new Error(`--seed must be a whole number (got "${seed}")`);

const root = resolve(__dirname, '../../../..');
const started = Date.now();
const result = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'apps/system-tests/vitest.config.mts', 'apps/system-tests/src/model/email-model.spec.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      // eslint-disable-next-line no-restricted-properties -- a test runner hands its own environment (PATH, database and Redis URLs) on to vitest
      ...process.env,
      MODEL_RUNS: runs,
      ...(seed !== undefined ? { MODEL_SEED: seed } : {}),
      ...(process.argv.includes('--trace') ? { MODEL_TRACE: '1' } : {}),
    },
  },
);
process.stdout.write(`test:model: ${runs} runs${seed !== undefined ? `, seed ${seed}` : ''}, ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${result.status ?? result.signal}\n`);
process.exit(result.status ?? 1);
