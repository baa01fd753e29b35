import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI and crash tests spawn the compiled CLI, so build once before any test runs.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests poll the page for what a click leads to; on a loaded CI machine a server
    // round trip plus re-resolution can take longer than vitest's one-second default.
    expect: { poll: { timeout: 15_000 } },
  },
});
