/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// jsPDF imports these optional packages only for doc.html() and SVG, which Cocharte never
// uses; aliasing them to an empty module keeps ~100 KB gzip of dead chunks out of dist/.
const empty = fileURLToPath(new URL('./src/lib/empty-module.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { html2canvas: empty, dompurify: empty, canvg: empty } },
  build: { target: 'es2022', assetsInlineLimit: 0 },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    testTimeout: 20000,
  },
});
