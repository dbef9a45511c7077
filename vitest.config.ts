import { defineConfig } from 'vitest/config';

// One instant per run for tests/support/test-dates.ts, shared by every worker of every project:
// the config is evaluated once, so this is computed once.
const RUN_AT = String(Date.now());

export default defineConfig({
  test: {
    environment: 'node',
    // Integration and browser tests start real servers; keep runs on 2 cores predictable.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll waits on what a screen or a server shows; on a loaded 2-core machine a browser can
    // take seconds to catch up, so the default is generous (it ends as soon as the value is there).
    expect: { poll: { timeout: 15_000 } },
    // MOTCUA_SCRYPT_N: a cheap password hash for test runs (tests/unit/password.test.ts keeps the real one).
    env: { TZ: 'UTC', MOTCUA_TEST_RUN_AT: RUN_AT, MOTCUA_SCRYPT_N: '1024' },
    projects: [
      // Pure rules: no server, no browser, no build (`npx vitest run --project unit`, seconds).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // A real server on a temp SQLite file, or a real child process.
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
      // A real Chromium over the built screens, built once per run when the sources changed.
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
    ],
  },
});
