import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../tools/vitest/project-config.mts';

const workspaceRoot = resolve(import.meta.dirname, '../..');
// `npm run dev` runs the API on its usual port; Vite proxies to it so the browser sees one origin (refresh cookie included).
const api = process.env['DEV_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  build: {
    // The API serves this folder (WEB_DIST_DIR defaults to it).
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': api, '/jobs.rss': api, '/sitemap.xml': api },
  },
  preview: {
    port: 4173,
    proxy: { '/api': api, '/jobs.rss': api, '/sitemap.xml': api },
  },
});
