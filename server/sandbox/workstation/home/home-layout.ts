/**
 * The learner's home folder and shell environment on a fresh workstation: the workshop files the
 * lesson's commands name, and the variables (`scriptDir`, `HOME`, …) that make them run verbatim.
 */
import { createImagePullSecretYaml } from './image-pull-secret';
import { TASK1_1_CREATE_CFOS_SERVICEACCOUNT_YAML } from './task1-1-create-cfos-serviceaccount';

export const HOME = '/home/learner';
export const USER = 'learner';
export const HOSTNAME = 'workstation';

/** Files of a fresh workstation, by absolute path. */
export function createHomeFiles(): Record<string, string> {
  return {
    [`${HOME}/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml`]:
      TASK1_1_CREATE_CFOS_SERVICEACCOUNT_YAML,
    [`${HOME}/cfosimagepullsecret.yaml`]: createImagePullSecretYaml(),
  };
}

/** Exported variables of a fresh login shell. */
export function createLoginEnvironment(): Record<string, string> {
  return {
    HOME,
    USER,
    LOGNAME: USER,
    SHELL: '/bin/bash',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOSTNAME,
    // The workshop's scripts refer to their checkout as $scriptDir/k8s-201-workshop/...
    scriptDir: HOME,
  };
}
