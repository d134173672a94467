/**
 * The lesson's starting version of each workstation file, for the editor's "Show changes": the
 * files a fresh workstation holds, and the Deployment exactly as the lab's heredoc writes it.
 */
import { createHomeFiles, HOME } from '../sandbox/workstation/home/home-layout';

/** What `cat << EOF | tee > cfos7210250-deployment.yaml` writes with the lab's `cfosimage`. */
export const LAB_DEPLOYMENT_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cfos7210250-deployment
  labels:
    app: cfos
spec:
  replicas: 1
  selector:
    matchLabels:
      app: cfos
  template:
    metadata:
      labels:
        app: cfos
    spec:
      serviceAccountName: cfos-serviceaccount
      securityContext:
        runAsUser: 0
      containers:
      - name: cfos7210250-container
        image: fortinetwandy.azurecr.io/cfos:255
        securityContext:
          allowPrivilegeEscalation: false
          privileged: false
          capabilities:
            add: ["NET_RAW"]
        ports:
        - containerPort: 80
        volumeMounts:
        - mountPath: /data
          name: data-volume
      volumes:
      - name: data-volume
        emptyDir: {}
`;

/** Starting contents by absolute path. */
export function startingFiles(): Record<string, string> {
  return { ...createHomeFiles(), [`${HOME}/cfos7210250-deployment.yaml`]: LAB_DEPLOYMENT_YAML };
}
