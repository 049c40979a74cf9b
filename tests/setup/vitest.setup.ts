import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
// English messages load on demand in the browser; tests render both languages at once.
import '../../src/i18n/register-en';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
