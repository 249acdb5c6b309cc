import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The browser app lives in src/web and is built into dist/web, which the Hono server serves.
// In development (`npm run dev`) Vite serves it and forwards /api to the Rapport server.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:4321',
        changeOrigin: true,
        // The API refuses writes from a foreign Origin (src/server/http/local-guard.ts); in
        // development the page comes from Vite's port, so the proxy presents the API's own.
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => {
            if (request.getHeader('origin')) request.setHeader('origin', 'http://127.0.0.1:4321');
          });
        },
      },
    },
  },
});
