import 'fake-indexeddb/auto';
// English messages load on demand in the browser; tests render both languages at once.
import '../../src/i18n/register-en';
import { afterEach } from 'vitest';

// Node-environment tests (the default for *.test.ts) skip the DOM helpers: loading
// Testing Library and jest-dom there costs time and tests nothing.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  // Screens behind a lazy chunk (English messages, the PDF module, the examples) can take
  // more than Testing Library's 1 s default to appear when the machine is busy. Waiting
  // longer costs nothing when they come early: findBy/waitFor resolve as soon as they match.
  configure({ asyncUtilTimeout: 10_000 });
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });
}
