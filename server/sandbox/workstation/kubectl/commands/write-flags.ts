/**
 * Flags shared by the commands that write objects (apply, create, replace): output, dry run and
 * validation.
 */
import type { FlagSpec, ParsedArgs } from '../args';
import { readString } from '../args';
import { KubectlError } from '../errors';

export const writeFlags: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'dry-run', type: 'string', noValueDefault: 'unchanged' },
  { name: 'validate', type: 'string', noValueDefault: 'strict' },
  { name: 'save-config', type: 'bool' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'field-manager', type: 'string' },
];

/** `--dry-run[=none|client|server]`. */
export function readDryRun(parsed: ParsedArgs): 'none' | 'client' | 'server' {
  const value = parsed.flags.get('dry-run');
  if (value === undefined || value === 'none') return 'none';
  if (value === 'client' || value === 'server') return value;
  // A bare --dry-run is the deprecated spelling of --dry-run=client.
  if (value === 'unchanged') return 'client';
  throw new KubectlError(
    `error: Invalid dry-run value (${String(value)}). Must be "none", "server", or "client".`,
  );
}

/** `--validate=false|ignore` turns server-side validation off; anything else keeps it strict. */
export function validationOf(parsed: ParsedArgs): 'Strict' | 'Ignore' {
  const value = readString(parsed, 'validate');
  return value === 'false' || value === 'ignore' ? 'Ignore' : 'Strict';
}
