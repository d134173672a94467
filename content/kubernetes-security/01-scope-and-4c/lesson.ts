/** Lesson 1: what Kubernetes security covers, and the 4C model that frames the rest of the chapter. */
import { defineLesson } from '@/content/schema';

export default defineLesson({
  slug: 'scope-and-4c',
  title: 'What Kubernetes security covers: the 4C model',
  order: 1,
  minutes: 5,
  summary:
    'Kubernetes security spans four nested layers (Cloud, Cluster, Container, Code), and each layer can only be as safe as the ones around it.',
});
