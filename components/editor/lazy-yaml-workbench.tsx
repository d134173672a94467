'use client';
/**
 * The editor stays out of the lesson page's first load: this button loads Monaco only when the
 * learner asks for it.
 */
import dynamic from 'next/dynamic';
import { useState } from 'react';

const YamlWorkbench = dynamic(() => import('./yaml-workbench'), {
  ssr: false,
  loading: () => <p role="status">Loading the editor…</p>,
});

export function LazyYamlWorkbench() {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Open the YAML editor
      </button>
    );
  }
  return <YamlWorkbench />;
}
