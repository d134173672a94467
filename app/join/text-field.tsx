/** A labelled text input with a hint and an inline error, wired for screen readers. */

type Props = {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoComplete?: string;
  maxLength?: number;
  mono?: boolean;
};

export function TextField(props: Props) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div>
      <label htmlFor={props.id} className="block font-medium text-stone-900 dark:text-stone-100">
        {props.label}
      </label>
      <p id={hintId} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {props.hint}
      </p>
      <input
        id={props.id}
        name={props.id}
        type="text"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
        spellCheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${errorId} ${hintId}` : hintId}
        className={`mt-2 block w-full max-w-md rounded-lg border bg-white px-3 py-2 text-stone-900 dark:bg-stone-900 dark:text-stone-100 ${
          props.mono ? 'font-mono tracking-wider uppercase' : ''
        } ${
          props.error
            ? 'border-red-600 dark:border-red-500'
            : 'border-stone-300 dark:border-stone-700'
        }`}
      />
      {props.error && (
        <p id={errorId} className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
          {props.error}
        </p>
      )}
    </div>
  );
}
