import { describe, expect, it } from 'vitest';
import { parseArgs, readBool, readString, readStrings, type FlagSpec } from './args';

const specs: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'tail', type: 'int' },
  { name: 'dry-run', type: 'string', noValueDefault: 'unchanged' },
];

describe('parseArgs', () => {
  it('reads long, short, attached and grouped flags anywhere', () => {
    const parsed = parseArgs(
      ['get', '-ncfostest', 'pods', '-oyaml', '--tail=5', '-it', '-f', 'a.yaml,b.yaml'],
      specs,
      'get',
    );
    expect(parsed.args).toEqual(['get', 'pods']);
    expect(readString(parsed, 'namespace')).toBe('cfostest');
    expect(readString(parsed, 'output')).toBe('yaml');
    expect(parsed.flags.get('tail')).toBe(5);
    expect(readBool(parsed, 'stdin')).toBe(true);
    expect(readBool(parsed, 'tty')).toBe(true);
    expect(readStrings(parsed, 'filename')).toEqual(['a.yaml', 'b.yaml']);
  });

  it('keeps everything after -- apart', () => {
    const parsed = parseArgs(
      ['po/x', '-n', 'ns', '--', 'iptables', '-t', 'nat', '-L'],
      specs,
      'exec',
    );
    expect(parsed.args).toEqual(['po/x']);
    expect(parsed.dashArgs).toEqual(['iptables', '-t', 'nat', '-L']);
  });

  it('uses the no-value default for optional-value flags', () => {
    expect(parseArgs(['--dry-run', 'x'], specs, 'apply').flags.get('dry-run')).toBe('unchanged');
    expect(parseArgs(['--dry-run=server'], specs, 'apply').flags.get('dry-run')).toBe('server');
  });

  it('fails with pflag wording', () => {
    expect(() => parseArgs(['--bogus'], specs, 'get')).toThrow(
      "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.",
    );
    expect(() => parseArgs(['-z'], specs, 'get')).toThrow(
      "error: unknown shorthand flag: 'z' in -z",
    );
    expect(() => parseArgs(['-n'], specs, 'get')).toThrow(
      "error: flag needs an argument: 'n' in -n",
    );
    expect(() => parseArgs(['--output'], specs, 'get')).toThrow(
      'error: flag needs an argument: --output',
    );
    expect(() => parseArgs(['--tail=abc'], specs, 'logs')).toThrow(
      'invalid argument "abc" for "--tail" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    );
  });
});
