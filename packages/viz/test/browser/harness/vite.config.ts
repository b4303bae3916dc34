import { defineConfig } from 'vite';

// The browser tests' harness page, bundled as the site is (and as an app using the library would be).
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  logLevel: 'warn',
});
