import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn bin/wire-l10n.js, which runs the compiled code: build it once first.
    globalSetup: ['tests/helpers/build-once.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
