/**
 * `~/cfosimagepullsecret.yaml`: the image pull secret the lesson applies before it deploys cFOS.
 * The registry entry matches the lesson's image (`fortinetwandy.azurecr.io`); the credential is a
 * made-up placeholder, because the practice cluster never pulls images.
 */

export const WORKSHOP_REGISTRY = 'fortinetwandy.azurecr.io';
const DUMMY_USERNAME = 'workshop-learner';
const DUMMY_PASSWORD = 'workshop-only-not-a-real-password';

/** The `.dockerconfigjson` document before base64 encoding. */
export function createDockerConfigJson(): string {
  const auth = btoa(`${DUMMY_USERNAME}:${DUMMY_PASSWORD}`);
  return JSON.stringify({
    auths: {
      [WORKSHOP_REGISTRY]: { username: DUMMY_USERNAME, password: DUMMY_PASSWORD, auth },
    },
  });
}

export function createImagePullSecretYaml(): string {
  return [
    '# Workshop-only image pull secret for the practice cluster.',
    `# The credential inside is a dummy (user "${DUMMY_USERNAME}"): it opens no real registry.`,
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: cfosimagepullsecret',
    'type: kubernetes.io/dockerconfigjson',
    'data:',
    `  .dockerconfigjson: ${btoa(createDockerConfigJson())}`,
    '',
  ].join('\n');
}
