/** Lesson 6: network policies versus a Layer 7 firewall, and the traffic directions the workshop protects. */
import { defineLesson } from '@/content/schema';

export default defineLesson({
  slug: 'network-security-with-cfos',
  title: 'Network security with cFOS',
  order: 6,
  minutes: 6,
  summary:
    'What Kubernetes network policies can filter (Layers 3–4), what a next-generation Layer 7 firewall such as cFOS adds, and the north-south and east-west traffic this workshop protects.',
});
