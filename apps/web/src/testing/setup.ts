import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of a file compiles Mantine and the router; two CPUs shared by several suites need the slack.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks what Mantine measures with; these behave like a wide desktop window.
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: /min-width/.test(query),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
const globals = window as { ResizeObserver?: unknown };
if (!globals.ResizeObserver) {
  globals.ResizeObserver = class {
    observe = () => undefined;
    unobserve = () => undefined;
    disconnect = () => undefined;
  };
}
Element.prototype.scrollIntoView ??= () => undefined;
// Mantine's autosize Textarea measures again when web fonts finish loading.
const doc = document as { fonts?: unknown };
doc.fonts ??= { addEventListener: () => undefined, removeEventListener: () => undefined };

afterEach(() => {
  cleanup();
  localStorage.clear();
});
