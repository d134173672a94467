/**
 * The site in cluster mode, end to end: a standalone sandbox stands in for the real cluster (its
 * admin kubeconfig is what an operator would give the site), and the site runs against it with
 * CLUSTER_KUBECONFIG, one namespace and workstation pod per learner.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const port = Number(process.env.E2E_PORT ?? 3220);
// Far from the site ports, so parallel runs (one E2E_PORT each) never pick the same one.
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? port + 10_000);
const dataDir = process.env.E2E_DATA_DIR ?? `data/e2e-cluster-${port}`;
const clusterDir = path.join(dataDir, 'cluster');
const kubeconfig = path.join(clusterDir, 'admin.kubeconfig');
mkdirSync(clusterDir, { recursive: true });

export default defineConfig({
  ...base,
  testIgnore: undefined,
  testMatch: 'cluster-mode.spec.ts',
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  // Started in order: the site reads the kubeconfig the sandbox writes before it says "ready".
  // Never reused: the site must talk to the sandbox this run started.
  webServer: [
    {
      command: `npm run sandbox -- --port ${sandboxPort} --kubeconfig ${kubeconfig} --data-dir ${clusterDir}`,
      wait: { stdout: /sandbox ready/ },
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 60_000,
    },
    {
      command: 'npm start',
      url: `http://localhost:${port}/healthz`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 240_000,
      env: {
        PORT: String(port),
        DATA_DIR: dataDir,
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next',
        INSTRUCTOR_TOKEN: process.env.INSTRUCTOR_TOKEN ?? 'e2e-instructor-token',
        NEXT_TELEMETRY_DISABLED: '1',
        CLUSTER_KUBECONFIG: kubeconfig,
        // The image the sandbox's runtime runs the workstation shell for.
        WORKSTATION_IMAGE: 'workshop/workstation:1',
      },
    },
  ],
});
