/** Lesson 5: pod and container security contexts, and the Linux capabilities a container starts with. */
import { defineLesson } from '@/content/schema';

export default defineLesson({
  slug: 'security-contexts-and-capabilities',
  title: 'Security contexts and Linux capabilities',
  order: 5,
  minutes: 8,
  summary:
    'The securityContext fields that decide how much power a container has, the capabilities a runtime such as CRI-O grants by default, and what NET_RAW, NET_ADMIN and SYS_ADMIN unlock.',
});
