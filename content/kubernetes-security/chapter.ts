/** Chapter 1: Introduction to Kubernetes security, with the lab "Fix the cFOS boot permission issue". */
import type { ComponentType } from 'react';
import scopeAnd4c from './01-scope-and-4c/lesson';

export const chapter = {
  slug: 'kubernetes-security',
  title: 'Introduction to Kubernetes Security',
  summary:
    'Where Kubernetes security starts and ends, how security contexts and Linux capabilities shape a container, and a hands-on lab that fixes a firewall that cannot start.',
  lessons: [scopeAnd4c],
};

/** MDX bodies, loaded on demand; keys are lesson slugs. Static imports so the bundler sees them. */
export const lessonBodies: Record<string, () => Promise<{ default: ComponentType }>> = {
  'scope-and-4c': () => import('./01-scope-and-4c/body.mdx'),
};
