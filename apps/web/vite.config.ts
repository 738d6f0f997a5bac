import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web app builds into dist/web, which the API process serves (apps/api/src/http/web-app.ts).
 * `npm run dev:web` serves it with hot reload and sends API calls to the API on port 3000.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // `@/format/time` rather than `../../format/time` (apps/web/tsconfig.json says the same).
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // One chunk per page (React.lazy) and one for the libraries every page shares.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      onwarn(warning, warn) {
        // Mantine marks its modules "use client" for server rendering, which this app does not do.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'http://localhost:3000',
        // The API accepts cookie-carrying changes only from PUBLIC_URL's origin (the API's
        // own); the dev server's pages are the same app, so their requests are sent as if
        // from there.
        configure(proxy) {
          proxy.on('proxyReq', (request) => {
            if (request.getHeader('origin')) request.setHeader('origin', 'http://localhost:3000');
          });
        },
      },
    },
  },
});
