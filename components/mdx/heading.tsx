/** Lesson headings (`##`, `###`) with a "#" link to their own anchor, shown on hover or focus. */
import type { ComponentPropsWithoutRef } from 'react';

function createHeading(Tag: 'h2' | 'h3') {
  function Heading({ id, children, ...rest }: ComponentPropsWithoutRef<'h2'>) {
    if (!id) return <Tag {...rest}>{children}</Tag>;
    return (
      <Tag id={id} className="group relative" {...rest}>
        {children}
        <a
          href={`#${id}`}
          aria-label="Link to this section"
          className="ml-2 font-normal text-stone-400 no-underline opacity-0 group-hover:opacity-100 focus:opacity-100 dark:text-stone-500"
        >
          #
        </a>
      </Tag>
    );
  }
  Heading.displayName = `Heading(${Tag})`;
  return Heading;
}

export const Heading2 = createHeading('h2');
export const Heading3 = createHeading('h3');
