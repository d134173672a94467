/**
 * The lab is typed into a real terminal verbatim, so these tests hold its text to the workshop's
 * script: the exact commands in order, a heredoc that real bash turns into the expected Deployment,
 * a sed answer that really adds NET_ADMIN, and outputs shaped the way the tools print them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outlineLessonBody, type LessonOutline } from '../authoring/outline-lesson-body';
import { LAB_COMMANDS, LAB_STEPS, taskCommands, type LabTaskId } from './lab-script';
import lesson from './lesson';

const HEREDOC_START = 'cat << EOF | tee > cfos7210250-deployment.yaml';

function deployment(capabilities: string[]) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'cfos7210250-deployment', labels: { app: 'cfos' } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'cfos' } },
      template: {
        metadata: { labels: { app: 'cfos' } },
        spec: {
          serviceAccountName: 'cfos-serviceaccount',
          securityContext: { runAsUser: 0 },
          containers: [
            {
              name: 'cfos7210250-container',
              image: 'fortinetwandy.azurecr.io/cfos:255',
              securityContext: {
                allowPrivilegeEscalation: false,
                privileged: false,
                capabilities: { add: capabilities },
              },
              ports: [{ containerPort: 80 }],
              volumeMounts: [{ mountPath: '/data', name: 'data-volume' }],
            },
          ],
          volumes: [{ name: 'data-volume', emptyDir: {} }],
        },
      },
    },
  };
}

/** How iptables -L -v prints an empty chain: counters in the policy, pkts/bytes columns in the header. */
function emptyChain(name: string): string {
  return [
    `Chain ${name} (policy ACCEPT 0 packets, 0 bytes)`,
    ' pkts bytes target     prot opt in     out     source               destination',
  ].join('\n');
}

let outline: LessonOutline;
let workDir: string;

beforeAll(async () => {
  outline = await outlineLessonBody(
    readFileSync(path.join(import.meta.dirname, 'body.mdx'), 'utf8'),
  );
  workDir = mkdtempSync(path.join(tmpdir(), 'cfos-lab-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function bashBlocks() {
  return outline.codeBlocks.filter((b) => b.lang === 'bash');
}

function blockContaining(text: string): string {
  const block = bashBlocks().find((b) => b.value.includes(text));
  if (!block) throw new Error(`no bash block contains ${text}`);
  return block.value;
}

function runBash(script: string): void {
  execFileSync('bash', ['-e', '-c', script], { cwd: workDir, stdio: 'pipe' });
}

describe('lab: fix the cFOS boot permission issue', () => {
  it('declares the five checked tasks, each checkId equal to its id', () => {
    expect(lesson.tasks?.map((t) => [t.id, t.checkId])).toEqual(
      ['prepare', 'deploy-net-raw', 'fix-permissions', 'clean-up', 'qa-privileged'].map((id) => [
        id,
        id,
      ]),
    );
  });

  it('places the task markers in the order the lab runs', () => {
    const markers = outline.components.filter((c) => c.name === 'Task');
    expect(markers.map((m) => m.attributes.id)).toEqual(lesson.tasks?.map((t) => t.id));
  });

  it('asks the learner to type exactly the shared lab script, in order, heredoc included', () => {
    const typed = bashBlocks().map((b) => b.value);
    expect(typed.join('\n')).toBe(LAB_STEPS.map((s) => s.command).join('\n'));
  });

  it('groups the script by task the way the lesson places its task markers', () => {
    const markers = outline.components.filter((c) => c.name === 'Task');
    for (const [i, marker] of markers.entries()) {
      const end = markers[i + 1]?.line ?? Infinity;
      const shown = bashBlocks().filter((b) => b.line > marker.line && b.line < end);
      const task = marker.attributes.id as LabTaskId | 'qa-privileged';
      const commands = task === 'qa-privileged' ? [] : taskCommands(task);
      expect(shown.map((b) => b.value).join('\n'), task).toBe(commands.join('\n'));
    }
  });

  it('writes, with real bash, the Deployment the workshop describes', () => {
    runBash([blockContaining('cfosimage='), blockContaining(HEREDOC_START)].join('\n'));
    const written = readFileSync(path.join(workDir, 'cfos7210250-deployment.yaml'), 'utf8');
    expect(parse(written)).toEqual(deployment(['NET_RAW']));
  });

  it('has a sed answer that really adds NET_ADMIN and changes nothing else', () => {
    runBash([blockContaining('cfosimage='), blockContaining(HEREDOC_START)].join('\n'));
    runBash(blockContaining('sed -i'));
    const fixed = readFileSync(path.join(workDir, 'cfos7210250-deployment.yaml'), 'utf8');
    expect(parse(fixed)).toEqual(deployment(['NET_RAW', 'NET_ADMIN']));
  });

  it('keeps the Tip, Info and Answer as collapsed disclosures, the sed inside the Answer', () => {
    const kinds = outline.components.filter((c) => c.name === 'Disclosure');
    expect(kinds.map((d) => d.attributes.kind)).toEqual(
      expect.arrayContaining(['tip', 'info', 'answer']),
    );
    const sed = outline.codeBlocks.find((b) => b.value === LAB_COMMANDS.addNetAdmin);
    expect(sed?.inside).toEqual(['Disclosure']);
    const answerLine = kinds.find((d) => d.attributes.kind === 'answer')?.line ?? 0;
    expect(sed?.line).toBeGreaterThan(answerLine);
  });

  it('shows the permission error, then the four empty nat chains, as the tools print them', () => {
    const outputs = outline.codeBlocks
      .filter((b) => b.inside.includes('ExpectedOutput'))
      .map((b) => b.value);
    expect(outputs).toContain(
      "iptables v1.8.7 (legacy): can't initialize iptables table `nat': Permission denied (you must be root)",
    );
    expect(outputs).toContain(
      ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'].map(emptyChain).join('\n\n'),
    );
    const denied = outputs.findIndex((o) => o.includes('Permission denied'));
    const chains = outputs.findIndex((o) => o.startsWith('Chain PREROUTING'));
    expect(denied).toBeLessThan(chains);
  });

  it('says that the secret step needs a valid pull secret file', () => {
    expect(outline.prose).toMatch(/only works with a valid cfosimagepullsecret\.yaml/);
    expect(outline.prose).toMatch(/workshop workstation provides one/);
  });

  it('asks the privileged question with "no" as the explained answer', () => {
    const quiz = outline.components.find((c) => c.name === 'Quiz');
    expect(quiz?.attributes).toMatchObject({ id: 'qa-privileged', answer: 'no' });
    expect(quiz?.attributes.question).toMatch(/privileged: true/);
    const choices = quiz?.attributes.choices as { id: string; label: string }[];
    expect(choices.map((c) => c.id)).toEqual(['yes', 'no']);
    expect(choices.find((c) => c.id === 'no')?.label).toMatch(/NET_ADMIN and NET_RAW/);
  });
});
