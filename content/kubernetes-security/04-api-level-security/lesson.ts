/** Lesson 4: security at the Kubernetes API: RBAC, admission control, Pod Security Admission, OPA and Kyverno. */
import { defineLesson } from '@/content/schema';

export default defineLesson({
  slug: 'api-level-security',
  title: 'Security at the Kubernetes API',
  order: 4,
  minutes: 7,
  summary:
    'How the API server decides who may do what (RBAC) and which objects may exist at all (admission control), and why PodSecurityPolicy gave way to Pod Security Admission.',
});
