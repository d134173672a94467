/**
 * GET /sw.js: the service worker of the running build, read from the build folder where
 * scripts/build-service-worker.ts wrote it. Never cached by the browser's HTTP cache, so a new
 * build's worker is picked up on the next visit.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const dynamic = 'force-dynamic';

export async function GET() {
  const file = join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'sw.js');
  try {
    return new Response(await readFile(file, 'utf8'), {
      headers: {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-cache, no-store, must-revalidate',
      },
    });
  } catch {
    return new Response('service worker not built: run `npm run build`\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
}
