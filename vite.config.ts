import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const repoRoot = import.meta.dirname;
const apiTarget = process.env['TANSIQ_API_URL'] ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: resolve(repoRoot, 'src/web'),
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(repoRoot, 'dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Mantine ships "use client" markers for React Server Components; meaningless in an SPA.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
});
