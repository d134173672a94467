import createMDX from '@next/mdx';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  // The custom server (server/main.ts) owns the HTTP listener; Next only renders.
  poweredByHeader: false,
  // Lets two builds live side by side (e.g. a developer's and a test run's); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Server-only packages stay out of the bundler (native addons, Node-only code).
  serverExternalPackages: ['better-sqlite3', '@kubernetes/client-node', 'just-bash', 'ws', 'pg'],
};

// Plugins are named by string so Turbopack can pass them to its MDX loader.
const withMDX = createMDX({
  options: {
    remarkPlugins: [['remark-gfm', {}]],
    rehypePlugins: [['rehype-slug', {}]],
  },
});

export default withMDX(nextConfig);
