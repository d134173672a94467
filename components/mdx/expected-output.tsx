/**
 * `<ExpectedOutput>`: what the learner should see after a command. Wraps a ```text block in a
 * figure labelled "Expected output"; the block inside renders as output (no Copy, no Run).
 */
import { Children, cloneElement, isValidElement, type ReactNode } from 'react';
import { CodeBlock, type CodeBlockProps } from './code-block';

export function ExpectedOutput({ children }: { children?: ReactNode }) {
  const blocks = Children.map(children, (child) =>
    isValidElement<CodeBlockProps>(child) && child.type === CodeBlock
      ? cloneElement(child, { variant: 'output' })
      : child,
  );
  return (
    <figure className="not-prose my-6 overflow-hidden rounded-lg border border-stone-300 dark:border-stone-700">
      <figcaption className="flex items-center gap-2 bg-stone-800 px-3 py-1.5 text-xs font-medium tracking-wide text-stone-100 dark:bg-stone-800">
        <span aria-hidden="true" className="size-2 rounded-full bg-teal-400" />
        Expected output
      </figcaption>
      {blocks}
    </figure>
  );
}
