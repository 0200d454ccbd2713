import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in web/ and is built into dist/web, which the server serves
// (server/plugins/web.ts). `npm run build:web` runs this; the dev server proxies the API
// to a running `driehoek serve` (PORT 3100 by default, DRIEHOEK_API to change it).
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // ExcelJS (~930 KB) is its own chunk, loaded only when someone exports to XLSX. The first
    // screen's budget (≤ 200 KB gzip) is guarded by tests/e2e/bundle-size.test.ts.
    chunkSizeWarningLimit: 1000,
    sourcemap: false,
  },
  server: {
    // Host header is kept (changeOrigin false) so the server's Origin check sees its own origin.
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.DRIEHOEK_API_PORT ?? '3100'}` } },
  },
});
