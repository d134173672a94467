/** `<Callout kind title?>`: a highlighted aside in the lesson flow (info, tip, warning or note). */
import type { ComponentType, ReactNode, SVGProps } from 'react';
import { InfoIcon, LightbulbIcon, NoteIcon, WarningIcon } from '@/components/site/icons';

const kinds = {
  info: {
    label: 'Info',
    Icon: InfoIcon,
    box: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40',
    accent: 'text-sky-800 dark:text-sky-300',
  },
  tip: {
    label: 'Tip',
    Icon: LightbulbIcon,
    box: 'border-teal-600 bg-teal-50 dark:border-teal-400 dark:bg-teal-950/40',
    accent: 'text-teal-800 dark:text-teal-300',
  },
  warning: {
    label: 'Warning',
    Icon: WarningIcon,
    box: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
    accent: 'text-amber-800 dark:text-amber-300',
  },
  note: {
    label: 'Note',
    Icon: NoteIcon,
    box: 'border-stone-500 bg-stone-100 dark:border-stone-400 dark:bg-stone-900',
    accent: 'text-stone-700 dark:text-stone-300',
  },
} satisfies Record<
  string,
  { label: string; Icon: ComponentType<SVGProps<SVGSVGElement>>; box: string; accent: string }
>;

export type CalloutKind = keyof typeof kinds;

export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: CalloutKind;
  title?: string;
  children?: ReactNode;
}) {
  const style = kinds[kind];
  if (!style) {
    throw new Error(
      `<Callout kind="${String(kind)}"> is not supported; kind must be one of: ${Object.keys(kinds).join(', ')}`,
    );
  }
  const { Icon } = style;
  return (
    <div role="note" className={`my-6 rounded-r-lg border-l-4 px-4 py-3 ${style.box}`}>
      <p className={`!mt-0 !mb-1 flex items-center gap-2 font-semibold ${style.accent}`}>
        <Icon className="size-4 shrink-0" />
        <span>{title ?? style.label}</span>
        {title ? <span className="sr-only">({style.label})</span> : null}
      </p>
      <div className="[&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </div>
  );
}
