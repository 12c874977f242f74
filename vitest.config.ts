import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn bin/wire-l10n.js, which runs the compiled code: build it once first. After the
    // run, no private server a test started may still be running (servers-left.ts).
    globalSetup: ['tests/helpers/build-once.ts', 'tests/helpers/servers-left.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
