import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAB_DEPLOYMENT_YAML } from './starting-files';

const LAB_BODY = path.join(
  import.meta.dirname,
  '../../content/kubernetes-security/07-lab-fix-cfos-boot-permissions/body.mdx',
);

/** The lesson's fenced bash block that contains `text`. */
function lessonBlock(text: string): string {
  const blocks = [...readFileSync(LAB_BODY, 'utf8').matchAll(/```bash\n([\s\S]*?)```/g)];
  const found = blocks.map((m) => m[1] ?? '').find((b) => b.includes(text));
  if (!found) throw new Error(`the lab has no bash block with ${text}`);
  return found;
}

describe('starting files', () => {
  it("the Deployment's starting version is byte for byte what the lesson's heredoc writes", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'starting-'));
    try {
      const script = [lessonBlock('cfosimage='), lessonBlock('cat << EOF | tee')].join('\n');
      execFileSync('bash', ['-e', '-c', script], { cwd: dir, stdio: 'pipe' });
      expect(readFileSync(path.join(dir, 'cfos7210250-deployment.yaml'), 'utf8')).toBe(
        LAB_DEPLOYMENT_YAML,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
