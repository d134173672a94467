/**
 * The lesson's ServiceAccount and RBAC manifest, byte for byte as the workshop repository ships it
 * (`k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml`), so the lesson's
 * `kubectl create -f $scriptDir/...` command runs verbatim in the workstation.
 */
export const TASK1_1_CREATE_CFOS_SERVICEACCOUNT_YAML = `---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: cfos-serviceaccount
imagePullSecrets:
- name: cfosimagepullsecret

---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: configmap-reader
rules:
- apiGroups: [""]
  resources: ["configmaps"]
  verbs: ["get", "watch", "list"]

---

apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: read-configmaps
subjects:
- kind: ServiceAccount
  name: cfos-serviceaccount
  apiGroup: ""
roleRef:
  kind: ClusterRole
  name: configmap-reader
  apiGroup: ""

---

apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
   name: secrets-reader
rules:
- apiGroups: [""] # "" indicates the core API group
  resources: ["secrets"]
  verbs: ["get", "watch", "list"]

---

apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: read-secrets
subjects:
- kind: ServiceAccount
  name: cfos-serviceaccount
  apiGroup: ""
roleRef:
  kind: ClusterRole
  name: secrets-reader
  apiGroup: ""
`;
