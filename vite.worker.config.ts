// The status page's service worker, built apart from the screens: one classic script with nothing
// split out (not every browser runs module service workers), at the root of dist/ under a fixed name,
// so its scope can cover /status and a new release updates the registration in place.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    // The screens' build (vite.config.ts) runs first and empties dist/.
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'display/status/status-sw.ts'),
      formats: ['iife'],
      name: 'motcuaStatusWorker',
      fileName: () => 'status-sw.js',
    },
  },
});
