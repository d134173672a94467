import { describe, expect, it } from 'vitest';
import { highlightCode, resolveLanguage } from './highlight';

describe('resolveLanguage', () => {
  it('maps aliases to the grammar they use', () => {
    expect(resolveLanguage('sh')).toBe('bash');
    expect(resolveLanguage('YML')).toBe('yaml');
    expect(resolveLanguage(undefined)).toBe('text');
  });

  it('refuses an unknown language and lists the supported ones', () => {
    expect(() => resolveLanguage('cobol')).toThrow(
      /code block language "cobol" is not supported; use one of: .*bash.*yaml/,
    );
  });
});

describe('highlightCode', () => {
  it('colours bash with both light and dark variables', async () => {
    const html = await highlightCode('kubectl get pods # list', 'bash');
    expect(html).toMatch(/^<pre class="shiki/);
    expect(html).toContain('--shiki-light:');
    expect(html).toContain('--shiki-dark:');
    // The comment is a separate token from the command.
    expect(html).toMatch(/<span[^>]*>kubectl<\/span>/);
    expect(html).toMatch(/<span[^>]*> # list<\/span>/);
  });

  it('escapes markup in the code', async () => {
    const html = await highlightCode('echo "<b>&"', 'bash');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#x3C;b>');
  });

  it('leaves plain text uncoloured but still escaped', async () => {
    const html = await highlightCode('Chain INPUT (policy ACCEPT)', 'text');
    expect(html).toContain('Chain INPUT (policy ACCEPT)');
  });
});
