import { describe, expect, it } from 'vitest';
import { parseScript, ShellSyntaxError, tokenize } from './parse';

const words = (source: string) =>
  tokenize(source).map((t) =>
    t.type === 'op'
      ? `<${t.op}>`
      : t.word
          .map((p) =>
            p.kind === 'text' ? p.text : `$${p.kind === 'var' ? p.name : `(${p.source})`}`,
          )
          .join(''),
  );

describe('tokenize', () => {
  it('splits on blanks and keeps quoted blanks', () => {
    expect(words(`echo 'a  b' "c d" e\\ f`)).toEqual(['echo', 'a  b', 'c d', 'e f']);
  });

  it('recognises operators and redirections', () => {
    expect(words('a && b || c; d | e 2>&1 >/dev/null')).toEqual([
      'a',
      '<&&>',
      'b',
      '<||>',
      'c',
      '<;>',
      'd',
      '<|>',
      'e',
      '<2>&>',
      '1',
      '<1>>',
      '/dev/null',
    ]);
  });

  it('marks variables and command substitution', () => {
    expect(words('echo $HOME ${USER} "$?" $(id -u)')).toEqual([
      'echo',
      '$HOME',
      '$USER',
      '$?',
      '$(id -u)',
    ]);
  });

  it('drops comments', () => {
    expect(words('echo a # not this')).toEqual(['echo', 'a']);
  });

  it('fails on an unterminated quote', () => {
    expect(() => tokenize(`echo 'oops`)).toThrow(ShellSyntaxError);
    expect(() => tokenize(`echo "oops`)).toThrow(ShellSyntaxError);
  });
});

describe('parseScript', () => {
  it('builds a list of pipelines with their connectors', () => {
    const script = parseScript('a | b && c; d');
    expect(script.map((s) => [s.pipeline.length, s.next])).toEqual([
      [2, '&&'],
      [1, ';'],
      [1, ';'],
    ]);
  });

  it('accepts blank lines, a trailing semicolon and a line break after &&', () => {
    expect(parseScript('\n\na;\n')).toHaveLength(1);
    expect(parseScript('a &&\nb')).toHaveLength(2);
  });

  it('rejects operators with nothing before or after them', () => {
    expect(() => parseScript('; a')).toThrow('unexpected ";"');
    expect(() => parseScript('a && && b')).toThrow('unexpected "&&"');
    expect(() => parseScript('a &&')).toThrow(ShellSyntaxError);
    expect(() => parseScript('a |')).toThrow(ShellSyntaxError);
    expect(() => parseScript('a >')).toThrow(ShellSyntaxError);
  });
});
