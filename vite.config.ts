import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { preloadData } from './scripts/preloadData.ts';

// base './' so dist/ works from any static host, any sub-path and inside iframes.
// VITE_PUBLIC_URL (e.g. `VITE_PUBLIC_URL=https://intranet.example.se/karta/ npm run build`)
// is the address share links and iframe snippets point at; a malformed value stops the build
// rather than shipping links that lead nowhere (the app also ignores one it cannot parse).
const publicUrl = (process.env.VITE_PUBLIC_URL ?? '').trim();
if (publicUrl && !/^https?:\/\/[^\s?#/]+(\/[^\s?#]*)?$/i.test(publicUrl)) {
  throw new Error(
    `VITE_PUBLIC_URL must be an absolute http(s) address without query or hash, got "${publicUrl}"`,
  );
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadData()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
});
