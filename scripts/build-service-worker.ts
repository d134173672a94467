/**
 * Builds the service worker after `next build` (`npm run build`; `npm start` does it too): bundles app/sw.ts with esbuild, then injects the
 * precache manifest (every built asset, public file and prerendered page) with Serwist.
 * Turbopack builds do not run Serwist's webpack plugin, hence this separate step.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from '@serwist/build';
import { generateGlobPatterns, serwist } from '@serwist/next/config';

const swSrc = 'app/sw.ts';
// The worker lives in the build folder it describes (served by app/sw.js/route.ts), so two
// builds side by side never share, or overwrite, each other's precache list.
const distDir = process.env.NEXT_DIST_DIR || '.next';
const swDest = join(distDir, 'sw.js');

export async function buildServiceWorker(): Promise<{ count: number; size: number }> {
  const buildId = readFileSync(join(distDir, 'BUILD_ID'), 'utf8').trim();
  const options = await serwist({
    swSrc,
    swDest,
    // Serwist's defaults skip fonts; the editor and terminal ship their own (e.g. Monaco's codicons).
    globPatterns: [
      ...generateGlobPatterns(`${distDir}/`),
      `${distDir}/static/**/*.{woff,woff2,ttf,otf}`,
    ],
    // Metadata routes are rendered by Next rather than copied as files: list them by hand.
    additionalPrecacheEntries: ['/manifest.webmanifest', '/icon.svg'].map((url) => ({
      url,
      revision: buildId,
    })),
    // Monaco's chunks are large; the editor must still work offline.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // Source maps and build metadata are never fetched by pages.
    globIgnores: ['**/*.map', '**/*.LICENSE.txt'],
  });
  const bundled = `${swDest}.tmp.js`;
  await build({
    entryPoints: [swSrc],
    outfile: bundled,
    bundle: true,
    format: 'iife',
    minify: true,
    target: options.esbuildOptions?.target ?? 'es2022',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  try {
    const result = await injectManifest({
      swSrc: bundled,
      swDest,
      globDirectory: options.globDirectory,
      globPatterns: options.globPatterns,
      globIgnores: [...(options.globIgnores ?? []), bundled],
      manifestTransforms: options.manifestTransforms,
      dontCacheBustURLsMatching: options.dontCacheBustURLsMatching,
      additionalPrecacheEntries: options.additionalPrecacheEntries,
      maximumFileSizeToCacheInBytes: options.maximumFileSizeToCacheInBytes,
    });
    for (const warning of result.warnings) console.warn(`service worker: ${warning}`);
    return { count: result.count, size: result.size };
  } finally {
    rmSync(bundled, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { count, size } = await buildServiceWorker();
  console.log(
    `Service worker written to ${swDest}: ${count} files precached (${(size / 1e6).toFixed(1)} MB)`,
  );
}
