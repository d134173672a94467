/**
 * Lesson commands in both kinds of learner space: as written (and as highlighted) in the sandbox;
 * rendered for the learner's namespace, with the note on namespace steps, on a real cluster.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { adaptCommandForLearner } from '@/server/workspace/cluster-commands';
import { CommandView } from './command-view';

const namespace = 'learner-0123456789abcdef';

/** Renders a block as the sandbox shows it, or as a learner on a real cluster sees it. */
const render = (command: string, mode: 'sandbox' | 'cluster') =>
  renderToStaticMarkup(
    <CommandView
      command={command}
      label="Terminal"
      adapted={
        mode === 'cluster' ? { ...adaptCommandForLearner(command, namespace), namespace } : null
      }
    >
      <pre className="shiki">highlighted as written</pre>
    </CommandView>,
  );

describe('CommandView', () => {
  it('shows the highlighted command as written in the sandbox, with no note', () => {
    const html = render('kubectl create namespace cfostest', 'sandbox');
    expect(html).toContain('highlighted as written');
    expect(html).toContain('>Copy</button>');
    expect(html).not.toContain('role="note"');
    expect(html).not.toContain('learner-');
  });

  it('shows the command for the learner namespace on a real cluster', () => {
    const html = render('kubectl get pods -n cfostest', 'cluster');
    expect(html).not.toContain('highlighted as written');
    expect(html).toContain(`<code>kubectl get pods -n ${namespace}</code>`);
    expect(html).toContain(`for your namespace ${namespace}`);
    expect(html).not.toContain('role="note"');
  });

  it('keeps the highlighted block when nothing needs to change', () => {
    const html = render('kubectl get pods', 'cluster');
    expect(html).toContain('highlighted as written');
    expect(html).not.toContain('for your namespace');
  });

  it('explains on the namespace step that the workspace already exists', () => {
    const html = render('cd $HOME\nkubectl create namespace cfostest', 'cluster');
    expect(html).toContain(`# your namespace ${namespace} already exists`);
    expect(html).toContain('role="note"');
    expect(html).toMatch(new RegExp(`Your workspace namespace .*${namespace}.* already exists`));
  });
});
