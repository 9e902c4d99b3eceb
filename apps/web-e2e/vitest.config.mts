import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../tools/vitest/project-config.mts';

const workspaceRoot = resolve(import.meta.dirname, '../..');

/**
 * Browser tests against the built API, worker and web app (see src/support/stack.ts).
 * One stack per run, shared by the files, which run one after another.
 */
export default defineConfig({
  root: workspaceRoot,
  resolve: { alias: workspaceAliases() },
  test: {
    name: 'apps/web-e2e',
    include: ['apps/web-e2e/src/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    globalSetup: [resolve(import.meta.dirname, 'src/support/global-setup.ts')],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  },
});
