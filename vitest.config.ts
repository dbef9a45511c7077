import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    environment: 'node',
    // Integration and browser tests start real servers; keep runs on 2 cores predictable.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // One instant per run for tests/support/test-dates.ts, shared by every worker.
    // MOTCUA_SCRYPT_N: a cheap password hash for test runs (tests/unit/password.test.ts keeps the real one).
    env: { TZ: 'UTC', MOTCUA_TEST_RUN_AT: String(Date.now()), MOTCUA_SCRYPT_N: '1024' },
  },
});
