import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const workspaceRoot = resolve(import.meta.dirname, '../..');

/** The `@nextstep/*` aliases, read from tsconfig.base.json so they are declared once. */
export function workspaceAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [alias, resolve(workspaceRoot, target ?? '')]),
  );
}

/**
 * Test processes per suite. Many files wait on Postgres, Redis or a child process more than they compute, so
 * one more process than cores keeps both cores busy (measured on the 2-core CI machine: 2, 3 and 4 compared in
 * issue #17's note). Vitest's own VITEST_MAX_WORKERS overrides it for one run.
 */
const TEST_WORKERS = availableParallelism() + 1;

export interface ProjectTestOptions {
  /** Path of the project relative to the workspace root, e.g. `apps/api`. */
  projectRoot: string;
  /** Needs the throw-away Postgres database and Redis prefix of this run. */
  services?: boolean;
  /** A fresh database and Redis prefix for each file, not one per test process (see useWorkerTestServices). */
  databasePerFile?: boolean;
  testTimeout?: number;
}

/**
 * One test configuration for every project. SWC (not esbuild) compiles the
 * sources because NestJS and TypeORM need `emitDecoratorMetadata`.
 */
export function projectTestConfig({ projectRoot, services = false, databasePerFile = false, testTimeout }: ProjectTestOptions): ViteUserConfig {
  return defineConfig({
    root: workspaceRoot,
    plugins: [
      swc.vite({
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
      }),
    ],
    resolve: { alias: workspaceAliases() },
    test: {
      name: projectRoot,
      include: [`${projectRoot}/**/*.spec.ts`],
      environment: 'node',
      pool: 'forks',
      // Suites with services run in parallel too: each test process has its own database and Redis prefix
      // (services.worker-setup.ts), while the files of one process run one after another.
      maxWorkers: TEST_WORKERS,
      // A test process keeps its loaded modules from one file to the next: loading NestJS, TypeORM and the app
      // again for each of the API's 47 files cost 115 of its 287 s. Each file still builds its own app, worker and
      // connections; spies are put back after each test so none reaches the next file.
      isolate: false,
      restoreMocks: true,
      globalSetup: services ? [resolve(workspaceRoot, 'tools/vitest/services.global-setup.ts')] : [],
      setupFiles: services ? [resolve(workspaceRoot, 'tools/vitest/services.worker-setup.ts')] : [],
      testTimeout: testTimeout ?? (services ? 30_000 : 5_000),
      hookTimeout: 60_000,
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        NX_DAEMON: 'false',
        NX_NO_CLOUD: 'true',
        ...(databasePerFile ? { NEXTSTEP_TEST_DATABASE_PER: 'file' } : {}),
      },
    },
  });
}
