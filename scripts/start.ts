/**
 * `npm start`: build the site when there is no production build yet, then run the server.
 * A new user's `npm install && npm start` therefore works in one step.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { buildServiceWorker } from './build-service-worker';

const distDir = process.env.NEXT_DIST_DIR || '.next';
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.log('No production build found: building the site first (about a minute)…');
  const built = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
// The offline service worker is made from the build's file list, right after the build.
if (!existsSync(`${distDir}/sw.js`)) await buildServiceWorker();
Object.assign(process.env, { NODE_ENV: 'production' });
await import('../server/main');
