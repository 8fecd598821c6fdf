import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The comparison page: built from web/ into dist/web/, which the server serves at / (see
// src/platform/http/web-page.ts). `npm run dev:web` serves it with hot reload and sends the API's paths to a
// server on port 4000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [preact()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Chromium, Firefox and Safari of the last years load modules natively; no polyfill to ship.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000' },
  },
});
