import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Many tests run the command in child processes; on a loaded two-core machine one of them
    // took 7 s against the 5 s default. Timeouts here catch hangs, they measure nothing.
    testTimeout: 60_000,
  },
});
