/**
 * The lesson's starting version of each workstation file, for the editor's "Show changes": the
 * files a fresh workstation holds, and the Deployment exactly as the lab's heredoc writes it.
 */
import { LAB_DEPLOYMENT_YAML } from '@/content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script';
import { createHomeFiles, HOME } from '../sandbox/workstation/home/home-layout';

/** What `cat << EOF | tee > cfos7210250-deployment.yaml` writes with the lab's `cfosimage`. */
export { LAB_DEPLOYMENT_YAML };

/** Starting contents by absolute path. */
export function startingFiles(): Record<string, string> {
  return { ...createHomeFiles(), [`${HOME}/cfos7210250-deployment.yaml`]: LAB_DEPLOYMENT_YAML };
}
