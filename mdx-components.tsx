/** The lesson vocabulary: every component an MDX lesson may use, in one place. */
import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/mdx/callout';
import { CodeBlock } from '@/components/mdx/code-block';
import { Disclosure } from '@/components/mdx/disclosure';
import { ExpectedOutput } from '@/components/mdx/expected-output';
import { FourCDiagram } from '@/components/mdx/four-c-diagram';
import { Heading2, Heading3 } from '@/components/mdx/heading';
import { Quiz } from '@/components/mdx/quiz';
import { Table } from '@/components/mdx/table';
import { TaskOutsideLesson } from '@/components/mdx/task-card';

const components: MDXComponents = {
  h2: Heading2,
  h3: Heading3,
  pre: CodeBlock,
  table: Table,
  Callout,
  Disclosure,
  ExpectedOutput,
  FourCDiagram,
  Quiz,
  // The lesson page replaces this with a Task bound to its lesson (createLessonComponents).
  Task: TaskOutsideLesson,
};

export function useMDXComponents(): MDXComponents {
  return components;
}
