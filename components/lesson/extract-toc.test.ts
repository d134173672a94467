import { describe, expect, it } from 'vitest';
import { extractTableOfContents } from './extract-toc';

describe('extractTableOfContents', () => {
  it('lists ## and ### headings in order with rehype-slug ids', async () => {
    const toc = await extractTableOfContents(
      [
        '## The four layers',
        'Text.',
        '### Cloud & cluster',
        '#### Too deep',
        '## Run `kubectl get pods`',
      ].join('\n\n'),
    );
    expect(toc).toEqual([
      { id: 'the-four-layers', text: 'The four layers', depth: 2 },
      { id: 'cloud--cluster', text: 'Cloud & cluster', depth: 3 },
      { id: 'run-kubectl-get-pods', text: 'Run kubectl get pods', depth: 2 },
    ]);
  });

  it('gives repeated headings distinct ids like the page does', async () => {
    const toc = await extractTableOfContents('## Check\n\n## Check\n');
    expect(toc.map((e) => e.id)).toEqual(['check', 'check-1']);
  });

  it('ignores headings inside code blocks and JSX text', async () => {
    const source = [
      '```bash',
      '## not a heading',
      '```',
      '<Callout kind="tip">',
      '',
      'A **bold** tip.',
      '',
      '</Callout>',
      '',
      '## Real [link](https://example.com) heading',
    ].join('\n');
    const toc = await extractTableOfContents(source);
    expect(toc).toEqual([{ id: 'real-link-heading', text: 'Real link heading', depth: 2 }]);
  });

  it('reports broken MDX clearly', async () => {
    await expect(extractTableOfContents('## Title\n\n<Callout>\n')).rejects.toThrow(
      /cannot read the lesson's headings: .*Callout/,
    );
  });
});
