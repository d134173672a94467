/** Lesson 3: protecting running workloads: prevention in the network and the application, plus detection. */
import { defineLesson } from '@/content/schema';

export default defineLesson({
  slug: 'runtime-workload-protection',
  title: 'Protecting workloads at runtime',
  order: 3,
  minutes: 6,
  summary:
    'Two ways to prevent attacks on running pods (network security and application security) and two ways to detect them (API audit logs and syscall monitoring).',
});
