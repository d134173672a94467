/**
 * `npm start`: build the site when there is no production build yet, then run the server.
 * A new user's `npm install && npm start` therefore works in one step.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const distDir = process.env.NEXT_DIST_DIR || '.next';
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.log('No production build found: building the site first (about a minute)…');
  const built = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
Object.assign(process.env, { NODE_ENV: 'production' });
await import('../server/main');
