/** The lesson vocabulary: every component an MDX lesson may use, in one place. */
import type { MDXComponents } from 'mdx/types';

const components: MDXComponents = {};

export function useMDXComponents(): MDXComponents {
  return components;
}
