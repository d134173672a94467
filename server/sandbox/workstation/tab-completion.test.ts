import { InMemoryFs } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { commands } from './kubectl/command-table';
import { completeKubectl } from './kubectl-words';
import { commonPrefix, findCompletions, type CompletionSource } from './tab-completion';

function source(): CompletionSource {
  const fs = new InMemoryFs({
    '/home/learner/cfosimagepullsecret.yaml': 'x',
    '/home/learner/cfos7210250-deployment.yaml': 'x',
    '/home/learner/my notes.txt': 'x',
    '/home/learner/.hidden': 'x',
    '/home/learner/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml': 'x',
  });
  return {
    fs,
    cwd: '/home/learner',
    variables: { HOME: '/home/learner', scriptDir: '/home/learner' },
    commandNames: () => ['cat', 'cd', 'kubectl', 'ls', 'sed', 'sleep'],
  };
}

const replacements = async (line: string) =>
  (await findCompletions(line, line.length, source())).candidates.map((c) => c.replacement);

describe('findCompletions', () => {
  it('offers commands in command position, after pipes and $(', async () => {
    expect(await replacements('s')).toEqual(['sed', 'sleep']);
    expect(await replacements('cat x | se')).toEqual(['sed']);
    expect(await replacements('pod=$(kub')).toEqual(['kubectl']);
    expect(await replacements('FOO=1 ca')).toEqual(['cat']);
  });

  it('offers files, escaping spaces and hiding dotfiles unless asked', async () => {
    expect(await replacements('cat cfos')).toEqual([
      'cfos7210250-deployment.yaml',
      'cfosimagepullsecret.yaml',
    ]);
    expect(await replacements('cat my')).toEqual(['my\\ notes.txt']);
    expect(await replacements('cat .h')).toEqual(['.hidden']);
    expect(await replacements('cat ')).not.toContain('.hidden');
    expect(await replacements('cat nothing-here')).toEqual([]);
  });

  it('follows ~, $HOME and $scriptDir into directories, keeping what was typed', async () => {
    expect(await replacements('ls $scriptDir/k8')).toEqual(['$scriptDir/k8s-201-workshop/']);
    expect(await replacements('ls ~/k8s-201-workshop/scripts/cfos/T')).toEqual([
      '~/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml',
    ]);
    expect(await replacements('cd k')).toEqual(['k8s-201-workshop/']);
    expect(await replacements('cd c')).toEqual([]);
    expect(await replacements('echo hi > cfosi')).toEqual(['cfosimagepullsecret.yaml']);
  });

  it('offers kubectl verbs, subcommands, resource types, formats and files after -f', async () => {
    expect(await replacements('kubectl ap')).toEqual(['api-resources', 'api-versions', 'apply']);
    expect(await replacements('kubectl -n cfostest rollout s')).toEqual(['status']);
    expect(await replacements('kubectl rollout status d')).toEqual(['daemonset', 'deployment']);
    expect(await replacements('kubectl get po')).toEqual(['pods']);
    expect(await replacements('kubectl get pods -o ya')).toEqual(['yaml']);
    expect(await replacements('kubectl apply -f cfos7')).toEqual(['cfos7210250-deployment.yaml']);
    expect(await replacements('kubectl apply --filename=cfosi')).toEqual([
      '--filename=cfosimagepullsecret.yaml',
    ]);
    expect(await replacements('kubectl get pods -n ')).toEqual([]);
  });
});

describe('completeKubectl', () => {
  it('offers every verb the workstation kubectl runs', async () => {
    for (const verb of Object.keys(commands)) {
      expect(await replacements(`kubectl ${verb}`), verb).toContain(verb);
    }
  });

  it('skips the values of flags when counting positional words', () => {
    // "get" is the namespace here, so a verb is still missing.
    expect(completeKubectl(['-n', 'get'], '')).toMatchObject({
      words: expect.arrayContaining(['apply']),
    });
    expect(completeKubectl(['-n', 'x', 'get'], 'sec')).toMatchObject({
      words: expect.arrayContaining(['secrets']),
    });
    expect(completeKubectl(['exec', '-it', 'po/x', '--'], '')).toEqual({ kind: 'files' });
  });
});

describe('commonPrefix', () => {
  it('is the longest shared start', () => {
    const c = (replacement: string) => ({ replacement, display: replacement, final: true });
    expect(commonPrefix([c('delete'), c('describe')])).toBe('de');
    expect(commonPrefix([c('pods')])).toBe('pods');
    expect(commonPrefix([])).toBe('');
  });
});
