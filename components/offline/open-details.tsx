'use client';
/** Opens every <details> inside the element with the given id, so a printout shows what they hold. */
import { useEffect } from 'react';

export function OpenDetails({ within }: { within: string }) {
  useEffect(() => {
    const root = document.getElementById(within);
    root?.querySelectorAll('details').forEach((details) => {
      details.open = true;
    });
  }, [within]);
  return null;
}
