/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { shipFontLicence } from './src/tools/font-licence.ts';
import { minifyExamples } from './src/tools/minify-examples.ts';

// jsPDF imports these optional packages only for doc.html() and SVG, which Cocharte never
// uses; aliasing them to an empty module keeps ~100 KB gzip of dead chunks out of dist/.
const empty = fileURLToPath(new URL('./src/lib/empty-module.ts', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    shipFontLicence(),
    minifyExamples(),
    VitePWA({
      strategies: 'generateSW',
      // 'prompt': a new version waits until the user clicks "Reload" in the banner
      // (src/pwa/update-banner.tsx); the page is never reloaded under the user's feet.
      registerType: 'prompt',
      // Registration is done by src/pwa/register-sw.ts (without workbox-window, kept off the
      // first screen): no inline script, so index.html's CSP (script-src 'self', no
      // 'unsafe-inline') stays strict. registerType still shapes the generated worker.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Cocharte',
        short_name: 'Cocharte',
        description: 'Rédigez et co-signez la charte d’un partenariat de coopération internationale.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f3f6f9',
        theme_color: '#1f4e79',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The default globs (js, css, html) leave out the fonts, and without the TTFs the PDF
        // cannot be made offline. Every lazy chunk (PDF, examples, signature pad) is a .js file.
        globPatterns: ['**/*.{js,css,html,ttf,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A first-visit tab is not controlled by the service worker it installs: after a
        // deploy its lazy chunks would 404. Claiming it at once serves them from the
        // precache of the version it runs. (skipWaiting stays off: updates wait for "Reload".)
        clientsClaim: true,
        // Nothing is cached at runtime: the app never talks to another origin.
        runtimeCaching: [],
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    alias: {
      html2canvas: empty,
      dompurify: empty,
      canvg: empty,
      // @xstate/react imports the shims for React < 18; React 19 has the hook itself, and
      // the shims' fallback code cost the first screen about 0.5 KB of gzip.
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
      'use-sync-external-store/shim': 'use-sync-external-store',
    },
  },
  build: {
    target: 'es2022',
    // Browsers that run es2022 all preload modules themselves (Firefox 115, Safari 17);
    // elsewhere the only loss is a later download. The polyfill cost the first screen 0.4 KB.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // The first-screen chunk is checked against a 150 KB gzip budget by tests/e2e/budgets.test.ts;
    // Vite's generic 500 KB raw warning says nothing more useful.
    chunkSizeWarningLimit: 600,
    // Source maps for production crash reports, and Lighthouse's best-practices audit
    // (valid-source-maps). They are not precached (see globPatterns) and not downloaded
    // unless DevTools asks for them.
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen imports statically goes into one file: left to
          // itself Rolldown split React's JSX runtime, the i18n core and Vite's preload
          // helper into files of their own, each compressed apart (about 1 KB more gzip).
          // Likewise the project screen's code: Rolldown made some thirty chunks of it,
          // shared with the other screens, and over HTTP/1.1 (six requests at a time) the
          // click on « new project » waited 120 ms for them. It is now four files fetched side
          // by side: the screen (and the screens that share its modules: the signatory's page,
          // the comparison, an example read), the project's rules and schemas, zod's classic
          // API, and what the home screen also loads on demand (the list and its messages,
          // the summaries' reader with zod's core). The home screen's list, rename, duplicate
          // and delete never load the screen (perf e2e). Click → step 1: 220 → 117 ms.
          groups: [
            { name: 'index', tags: ['$initial'], priority: 3 },
            {
              name: 'home-extras',
              test: /[\\/]src[\\/](i18n[\\/]messages[\\/]project-list\.fr|persistence[\\/]pending-journal|schemas[\\/](record-status\.schema|closing-decisions)|lib[\\/]zod-mini)\.ts$/,
              priority: 2,
            },
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 2 },
            // The project's rules and schemas (React-free): the list's rename, duplicate and
            // delete need them too, not the project screen.
            {
              name: 'domain',
              test: /[\\/]src[\\/]((domain|schemas|content)[\\/]|persistence[\\/](summarize|project-record)\.ts$)/,
              priority: 2,
            },
            { name: 'project', test: /[\\/]src[\\/]app[\\/]project-session\.tsx$/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    setupFiles: ['tests/setup/vitest.setup.ts'],
    // Safety nets against a hang, not speed targets: under `stress-ng --cpu 2` beside other
    // work the slowest test took 13 s and the slowest file 32 s, so 20 s (and Vitest's 10 s
    // for hooks, where some PDFs are rendered) left too little room on a busy runner.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two projects so a test pays for jsdom only when it renders something: component tests
    // (*.test.tsx) get a DOM, plain .ts tests run in Node. A .ts test that needs a DOM says so
    // with a `// @vitest-environment jsdom` docblock; the setup file adds the DOM helpers
    // only where there is a DOM.
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'tests/setup/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
