import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { JscConfig, Options } from '@swc/core';
import swc from 'unplugin-swc';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const workspaceRoot = resolve(import.meta.dirname, '../..');

type AliasPaths = Record<string, string[]>;

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(workspaceRoot, file), 'utf8')) as T;
}

const tsconfigPaths = readJson<{ compilerOptions: { paths: AliasPaths } }>('tsconfig.base.json').compilerOptions.paths;

/** The `@nextstep/*` aliases, read from tsconfig.base.json so they are declared once. */
export function workspaceAliases(): Record<string, string> {
  return Object.fromEntries(Object.entries(tsconfigPaths).map(([alias, [target]]) => [alias, resolve(workspaceRoot, target ?? '')]));
}

/**
 * The SWC options of the build (`.swcrc`, which `nx run-many -t build` compiles with), so tests run the code the
 * way it is built. Only the module format differs (Vite loads ES modules), and Vite resolves the aliases itself.
 * `.swcrc` is JSON and cannot read tsconfig.base.json, so its copy of the paths is checked here, on every test run.
 */
function buildSwcOptions(): Options {
  const { jsc, sourceMaps } = readJson<{ jsc: JscConfig & { paths: AliasPaths }; sourceMaps: boolean }>('.swcrc');
  const { baseUrl: _baseUrl, paths, ...compileOptions } = jsc;
  if (JSON.stringify(paths) !== JSON.stringify(tsconfigPaths)) {
    throw new Error('.swcrc jsc.paths must list the same aliases, in the same order, as tsconfig.base.json compilerOptions.paths');
  }
  return { swcrc: false, sourceMaps, jsc: compileOptions };
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
 * sources, with the build's options, because NestJS and TypeORM need `emitDecoratorMetadata`.
 */
export function projectTestConfig({ projectRoot, services = false, databasePerFile = false, testTimeout }: ProjectTestOptions): ViteUserConfig {
  return defineConfig({
    root: workspaceRoot,
    plugins: [swc.vite(buildSwcOptions())],
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
