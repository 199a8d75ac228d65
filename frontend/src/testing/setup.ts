import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  document.documentElement.lang = '';
});

// Lazy routes load slowly when the machine is busy: give asynchronous queries more time.
configure({ asyncUtilTimeout: 10_000 });
