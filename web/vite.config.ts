/**
 * The web UI's build: web/ → dist/web/, which `nexo serve` serves. Run by `npm run build`
 * (and so by `npm install`, through prepare). Everything is bundled: the page loads only
 * its own files, as the server's Content-Security-Policy requires.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The server does not serve maps; none are written.
    sourcemap: false,
    // Nothing inline: the page's policy allows scripts and styles from files only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1_000,
  },
});
