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
      testTimeout: 10_000,
      env: { NODE_ENV: 'test' },
    },
  }),
);
