/**
 * Splits a command line into the pieces the shell runs one after another: its top-level
 * statements, so output shows as each finishes (as in bash) and a bare `kubectl …` statement
 * can be given the terminal. Input with a here-document runs whole, because a statement's
 * source text does not include the document's body.
 */
import type { ScriptNode } from 'just-bash';
import { hasHereDocument, isBareHelp, isForegroundKubectl } from './ast-queries';

export type Unit = {
  text: string;
  script: ScriptNode;
  /** A bare `kubectl …` statement: it may use the live terminal. */
  foreground: boolean;
  /** A bare `help`: answered with the workstation's help. */
  help: boolean;
};

/** Statements run one by one so output shows as each finishes, as in bash. */
export function splitIntoUnits(text: string, script: ScriptNode): Unit[] {
  const only = script.statements.length === 1 ? script.statements[0]! : null;
  const whole = [
    {
      text,
      script,
      foreground: only !== null && isForegroundKubectl(only),
      help: only !== null && isBareHelp(only),
    },
  ];
  if (script.statements.length <= 1 || hasHereDocument(script)) return whole;
  const units: Unit[] = [];
  let at = 0;
  for (const statement of script.statements) {
    const source = (statement as { sourceText?: string }).sourceText;
    const index = source ? text.indexOf(source, at) : -1;
    if (!source || index < 0) return whole;
    const single: ScriptNode = { ...script, statements: [statement] };
    units.push({
      text: source,
      script: single,
      foreground: isForegroundKubectl(statement),
      help: isBareHelp(statement),
    });
    at = index + source.length;
  }
  return units;
}
