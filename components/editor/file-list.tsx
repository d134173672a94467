'use client';
/** The learner's workstation files, as a keyboard-navigable list. */
import type { WorkspaceFile } from './workspace-api';

export function FileList({
  files,
  selected,
  onSelect,
}: {
  files: WorkspaceFile[] | null;
  selected: string | null;
  onSelect: (path: string) => void;
}) {
  return (
    <nav
      aria-label="Workstation files"
      className="max-h-48 overflow-auto border-b border-zinc-300 text-sm md:max-h-none md:w-60 md:border-r md:border-b-0 dark:border-zinc-700"
    >
      {files === null ? (
        <p className="p-3 text-zinc-500">Loading files…</p>
      ) : files.length === 0 ? (
        <p className="p-3 text-zinc-500">
          No files yet. Create one in the terminal (for example with the lesson&apos;s heredoc) and
          it appears here.
        </p>
      ) : (
        <ul>
          {files.map((f) => (
            <li key={f.path}>
              <button
                type="button"
                onClick={() => onSelect(f.path)}
                aria-current={f.path === selected ? 'true' : undefined}
                className="w-full truncate px-3 py-1.5 text-left font-mono hover:bg-zinc-100 aria-[current=true]:bg-sky-100 aria-[current=true]:font-semibold dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-sky-900"
                title={f.path}
              >
                {f.path}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
