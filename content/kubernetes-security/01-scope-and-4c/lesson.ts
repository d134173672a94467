import { defineLesson } from '@/content/schema';

export default defineLesson({
  slug: 'scope-and-4c',
  title: 'What Kubernetes security covers: the 4C model',
  order: 1,
  minutes: 6,
  summary: 'Placeholder lesson used while the chapter is being written.',
});
