/**
 * A fenced code block (MDX `pre`): highlighted on the server, with a Copy button and, for bash
 * commands, the Run slot. Bash commands go through <LearnerCommand>, which renders them for the
 * learner's namespace on a real cluster. Output blocks (inside <ExpectedOutput>) carry no actions.
 */
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { CopyButton } from './copy-button';
import { highlightCode } from './highlight';
import { LearnerCommand } from './learner-command';

type CodeElementProps = { className?: string; children?: ReactNode };

const languageLabels: Record<string, string> = {
  bash: 'Terminal',
  sh: 'Terminal',
  shell: 'Terminal',
  console: 'Terminal',
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  text: 'Text',
};

/** The language and text of the `<code>` element MDX puts inside a fenced block's `<pre>`. */
export function readFence(children: ReactNode): { language: string | undefined; code: string } {
  const child = Children.toArray(children).find(isValidElement) as
    ReactElement<CodeElementProps> | undefined;
  if (!child) return { language: undefined, code: textOf(children) };
  const language = /(?:^|\s)language-(\S+)/.exec(child.props.className ?? '')?.[1];
  return { language, code: textOf(child.props.children).replace(/\n$/, '') };
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

export type CodeBlockProps = {
  children?: ReactNode;
  /** Set by <ExpectedOutput>: the block shows output, so it has no Copy or Run. */
  variant?: 'code' | 'output';
};

export async function CodeBlock({ children, variant = 'code' }: CodeBlockProps) {
  const { language, code } = readFence(children);
  const html = await highlightCode(code, language);
  const isCommand = language === 'bash' || language === 'sh' || language === 'shell';

  if (variant === 'output') {
    return (
      <div
        className="code-block overflow-hidden rounded-b-lg [&_pre]:m-0 [&_pre]:overflow-x-auto [&_pre]:rounded-none [&_pre]:bg-stone-900 [&_pre]:px-4 [&_pre]:py-3 [&_pre]:text-[0.8125rem] [&_pre]:leading-relaxed dark:[&_pre]:bg-black/60 [&_.shiki]:text-stone-100! [&_.shiki_span]:text-stone-100!"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    );
  }

  const label = languageLabels[language ?? 'text'] ?? language ?? '';
  const highlighted = <div dangerouslySetInnerHTML={{ __html: html }} />;
  if (isCommand) {
    return (
      <LearnerCommand command={code} label={label}>
        {highlighted}
      </LearnerCommand>
    );
  }

  return (
    <div className="code-block not-prose my-6 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-[#0d1117]">
      <div className="flex items-center justify-between gap-2 border-b border-stone-200 bg-stone-100 px-3 py-1.5 dark:border-stone-800 dark:bg-stone-900">
        <span className="text-xs font-medium tracking-wide text-stone-600 dark:text-stone-400">
          {label}
        </span>
        <span className="flex items-center gap-2 print:hidden">
          <CopyButton text={code} />
        </span>
      </div>
      <div
        className="[&_pre]:m-0 [&_pre]:overflow-x-auto [&_pre]:bg-transparent [&_pre]:px-4 [&_pre]:py-3 [&_pre]:font-mono [&_pre]:text-[0.8125rem] [&_pre]:leading-relaxed"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
}
