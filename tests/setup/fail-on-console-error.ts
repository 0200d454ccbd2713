import { afterEach, vi } from 'vitest';

// A test that logs console.error has hidden a problem; fail it (epic-stack's rule).
const calls: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  calls.push(args);
  original(...args);
};

afterEach(() => {
  if (calls.length > 0) {
    const first = calls.map((c) => c.map(String).join(' ')).join('\n');
    calls.length = 0;
    throw new Error(`console.error werd aangeroepen tijdens de test:\n${first}`);
  }
  vi.restoreAllMocks();
});
