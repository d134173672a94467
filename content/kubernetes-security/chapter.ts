/** Chapter 1: Introduction to Kubernetes security, with the lab "Fix the cFOS boot permission issue". */
import type { ComponentType } from 'react';
import scopeAnd4c from './01-scope-and-4c/lesson';
import securityAcrossTheLifecycle from './02-security-across-the-lifecycle/lesson';
import runtimeWorkloadProtection from './03-runtime-workload-protection/lesson';
import apiLevelSecurity from './04-api-level-security/lesson';
import securityContextsAndCapabilities from './05-security-contexts-and-capabilities/lesson';
import networkSecurityWithCfos from './06-network-security-with-cfos/lesson';
import labFixCfosBootPermissions from './07-lab-fix-cfos-boot-permissions/lesson';

export const chapter = {
  slug: 'kubernetes-security',
  title: 'Introduction to Kubernetes Security',
  summary:
    'Where Kubernetes security starts and ends, how security contexts and Linux capabilities shape a container, and a hands-on lab that fixes a firewall that cannot start.',
  lessons: [
    scopeAnd4c,
    securityAcrossTheLifecycle,
    runtimeWorkloadProtection,
    apiLevelSecurity,
    securityContextsAndCapabilities,
    networkSecurityWithCfos,
    labFixCfosBootPermissions,
  ],
};

/** MDX bodies, loaded on demand; keys are lesson slugs. Static imports so the bundler sees them. */
export const lessonBodies: Record<string, () => Promise<{ default: ComponentType }>> = {
  'scope-and-4c': () => import('./01-scope-and-4c/body.mdx'),
  'security-across-the-lifecycle': () => import('./02-security-across-the-lifecycle/body.mdx'),
  'runtime-workload-protection': () => import('./03-runtime-workload-protection/body.mdx'),
  'api-level-security': () => import('./04-api-level-security/body.mdx'),
  'security-contexts-and-capabilities': () =>
    import('./05-security-contexts-and-capabilities/body.mdx'),
  'network-security-with-cfos': () => import('./06-network-security-with-cfos/body.mdx'),
  'lab-fix-cfos-boot-permissions': () => import('./07-lab-fix-cfos-boot-permissions/body.mdx'),
};
