/** GFM tables scroll sideways inside their own box, so a narrow phone never scrolls the page. */
import type { ComponentPropsWithoutRef } from 'react';

export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="my-6 overflow-x-auto" tabIndex={0} role="region" aria-label="Table">
      <table {...props} className="my-0" />
    </div>
  );
}
