import { describe, expect, it } from 'vitest';
import { checkCompleteness } from './input-completeness';

const kind = (text: string) => checkCompleteness(text).kind;

describe('checkCompleteness', () => {
  it.each([
    'echo hi',
    "echo 'a\\'",
    'echo a # trailing comment \\',
    'cat <<EOF\nhello\nEOF',
    'cat <<-EOF\n\thello\n\tEOF',
    'if true; then echo y; fi',
    'f() { echo f; }',
    'echo "a\nb"',
    '',
  ])('takes %j as a whole command', (text) => {
    expect(kind(text)).toBe('complete');
  });

  it.each([
    'echo "abc',
    "echo 'abc",
    'echo one \\',
    'cat <<EOF\nhello',
    'cat << EOF | tee > out.yaml\napiVersion: v1',
    'echo a |',
    'true &&',
    'false ||',
    'if true; then',
    'for i in 1 2; do echo $i',
    'while true',
    'case x in',
    'f() {',
    '(echo a',
    'echo $(ls',
    'echo `ls',
  ])('asks for more after %j', (text) => {
    expect(kind(text)).toBe('incomplete');
  });

  it.each([
    ['fi', "syntax error near unexpected token `fi'"],
    ['done', "syntax error near unexpected token `done'"],
    ['if true; then fi', "syntax error near unexpected token `fi'"],
    ['| grep x', "syntax error near unexpected token `|'"],
  ])('rejects %j with bash wording', (text, message) => {
    const checked = checkCompleteness(text);
    expect(checked).toEqual({ kind: 'invalid', message });
  });
});
