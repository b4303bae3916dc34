import { defineConfig } from 'vite';

// A static site that works from any folder of any static host, offline: relative asset paths, every
// dependency bundled, the simulation's Web Worker as an ES module.
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
});
