/** Lesson 2: security controls at each stage of an application's life, and the tools mapped to them. */
import { defineLesson } from '@/content/schema';

export default defineLesson({
  slug: 'security-across-the-lifecycle',
  title: 'Security across the application lifecycle',
  order: 2,
  minutes: 7,
  summary:
    'What to check while code is written, while it is deployed and while it runs, and which Fortinet product the workshop maps to each stage.',
});
