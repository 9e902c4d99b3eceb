import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.mts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      name: 'apps/web',
      include: ['src/**/*.spec.{ts,tsx}'],
      environment: 'jsdom',
      setupFiles: ['src/testing/setup.ts'],
      pool: 'forks',
      // A test process keeps jsdom, React and Mantine loaded from one file to the next (setting them up again for
      // each file took most of the suite's time); Testing Library's cleanup and each file's unstubAllGlobals and
      // useRealTimers put the page and the globals back.
      isolate: false,
      testTimeout: 10_000,
      env: { NODE_ENV: 'test' },
    },
  }),
);
