import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);

// Debian's Chromium, never a downloaded browser (the machines that run this have no network).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  // Cluster mode needs a cluster beside the site: playwright.cluster.config.ts starts both.
  testIgnore: 'cluster-mode.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'npm start',
    url: `http://localhost:${port}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    // One data folder per port, so two test servers never share a database.
    env: {
      PORT: String(port),
      DATA_DIR: process.env.E2E_DATA_DIR ?? `data/e2e-${port}`,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next',
      INSTRUCTOR_TOKEN: process.env.INSTRUCTOR_TOKEN ?? 'e2e-instructor-token',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
