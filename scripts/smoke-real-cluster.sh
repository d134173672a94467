#!/usr/bin/env bash
# Runs the cFOS lab end to end in a learner workspace on a real cluster, and checks the fences
# around it. Needs: kubectl, Node (npm install done), and a kubeconfig whose current context is a
# cluster admin of a Kubernetes >= 1.30 cluster with a NetworkPolicy-enforcing CNI.
#
#   KUBECONFIG=~/.kube/config scripts/smoke-real-cluster.sh
#
# SMOKE_LAB_IMAGE replaces the lab's private cFOS image with a public one that has iptables
# (default nicolaka/netshoot). WORKSTATION_IMAGE picks the workstation image as the site would.
# Everything it creates lives in one learner namespace, deleted at the end (also on failure).
set -euo pipefail

cd "$(dirname "$0")/.."
: "${KUBECONFIG:?set KUBECONFIG to the kubeconfig of the cluster to test}"
export KUBECONFIG
LAB_IMAGE="${SMOKE_LAB_IMAGE:-docker.io/nicolaka/netshoot:latest}"
LEARNER="smoke-$(date +%s)-$RANDOM"
CLI=(npx --no-install tsx server/workspace/cluster-cli.ts)
failures=0
ns=""

step() { printf '\n== %s\n' "$*"; }
pass() { printf '   ok: %s\n' "$*"; }
fail() { printf '   FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
# Runs a command in the learner's workstation, as the learner (its service account).
ws() { kubectl -n "$ns" exec -i workstation -c shell -- bash -lc "$1"; }

# The lab comes from its one copy, lab-script.ts, so this test types what the lesson shows.
LAB_SCRIPT=./content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script.ts
# Prints one of the lab's commands (a LAB_COMMANDS key) as the site shows it to this learner:
# the lesson's namespace becomes theirs.
lab_command() {
  LAB_NAME="$1" LAB_NS="$ns" npx --no-install tsx --eval '
    import { LAB_COMMANDS } from "'"$LAB_SCRIPT"'";
    import { renderCommandForLearner } from "./server/workspace/cluster-commands.ts";
    const command = LAB_COMMANDS[process.env.LAB_NAME];
    if (!command) throw new Error(`lab-script.ts has no command "${process.env.LAB_NAME}"`);
    process.stdout.write(renderCommandForLearner(command, process.env.LAB_NS));'
}
# Prints the Deployment the lab's heredoc writes, with LAB_IMAGE kept running: cFOS runs its own
# service, while netshoot's default command exits at once without a terminal.
lab_deployment() {
  LAB_IMAGE="$LAB_IMAGE" npx --no-install tsx --eval '
    import { CFOS_IMAGE, LAB_DEPLOYMENT_YAML } from "'"$LAB_SCRIPT"'";
    const line = `image: ${CFOS_IMAGE}`;
    if (!LAB_DEPLOYMENT_YAML.includes(line)) throw new Error(`the lab Deployment has no "${line}"`);
    const kept = `image: ${process.env.LAB_IMAGE}\n        command: ["sleep", "infinity"]`;
    process.stdout.write(LAB_DEPLOYMENT_YAML.replace(line, kept));'
}
# Runs a lab command in the learner's home, where the lab keeps its files.
ws_lab() {
  local command
  command="$(lab_command "$1")"
  ws "cd \$HOME && $command"
}

cleanup() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    fail "stopped early: the last command exited with status $status"
  fi
  if [ -n "$ns" ]; then
    step "release the workspace"
    "${CLI[@]}" release "$LEARNER" || true
    if kubectl wait --for=delete "namespace/$ns" --timeout=180s >/dev/null 2>&1; then
      pass "namespace $ns deleted"
    else
      fail "namespace $ns still exists after 180s"
    fi
  fi
  if [ "$failures" -gt 0 ]; then
    printf '\n%d check(s) failed\n' "$failures" >&2
    exit 1
  fi
  printf '\nall checks passed\n'
}
trap cleanup EXIT

step "cluster"
kubectl version 2>/dev/null | sed 's/^/   /' || true
kubectl auth can-i '*' '*' --all-namespaces >/dev/null || {
  echo "the current context is not a cluster admin: the smoke test creates cluster-wide policies" >&2
  exit 2
}

step "shared roles and admission policies"
"${CLI[@]}" shared | sed 's/^/   /'

step "provision learner $LEARNER"
ns="$("${CLI[@]}" provision "$LEARNER")"
pass "namespace $ns"
"${CLI[@]}" wait "$LEARNER" >/dev/null && pass "workstation ready"

step "the learner's identity stays in its namespace"
learner="system:serviceaccount:$ns:learner"
expect_can() { # expect_can yes|no VERB RESOURCE [NAMESPACE]
  local want="$1" verb="$2" resource="$3" where=(--all-namespaces)
  [ -n "${4:-}" ] && where=(-n "$4")
  local got
  got="$(kubectl auth can-i "$verb" "$resource" "${where[@]}" --as="$learner" 2>/dev/null || true)"
  if [ "$got" = "$want" ]; then pass "can-i $verb $resource ${4:-cluster-wide}: $got"; else fail "can-i $verb $resource ${4:-cluster-wide}: $got (want $want)"; fi
}
expect_can yes create deployments "$ns"
expect_can yes create pods/exec "$ns"
expect_can no create deployments default
expect_can no get secrets kube-system
expect_can no create clusterroles
expect_can no create namespaces
expect_can no delete namespaces
if ws 'kubectl get pods -n kube-system' >/dev/null 2>&1; then
  fail "the workstation could list pods in kube-system"
else
  pass "the workstation cannot list pods in kube-system"
fi

step "the lab: deploy cFOS with NET_RAW only"
ws_lab applyPullSecret | sed 's/^/   /'
ws_lab createServiceAccount | sed 's/^/   /'
lab_deployment | ws "cat > \$HOME/cfos7210250-deployment.yaml"
ws_lab applyDeployment | sed 's/^/   /'
ws "kubectl rollout status deployment cfos7210250-deployment -n $ns --timeout=300s" | sed 's/^/   /'
# The newest cFOS pod: after a replace, the old one may still be terminating.
iptables_check='podname=$(kubectl get pod -n '"$ns"' -l app=cfos --sort-by=.metadata.creationTimestamp -o jsonpath="{.items[-1:].metadata.name}"); kubectl exec po/$podname -n '"$ns"' -- iptables -t nat -L -v 2>&1'
out="$(ws "$iptables_check" || true)"
if grep -q "Permission denied" <<<"$out"; then pass "iptables without NET_ADMIN: permission denied"; else fail "iptables without NET_ADMIN printed: $out"; fi

step "the lab: add NET_ADMIN and replace"
ws_lab addNetAdmin
ws_lab replaceDeployment | sed 's/^/   /'
ws "kubectl rollout status deployment cfos7210250-deployment -n $ns --timeout=300s" | sed 's/^/   /'
out="$(ws "$iptables_check" || true)"
if grep -q "Chain PREROUTING" <<<"$out"; then pass "iptables with NET_ADMIN lists the nat chains"; else fail "iptables with NET_ADMIN printed: $out"; fi

step "admission policy refuses what the lab does not need"
refused() { # refused NAME SPEC-FRAGMENT: a pod with this spec must be refused
  local out
  if out="$(ws "kubectl apply -n $ns --dry-run=server -f -" 2>&1 <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: $1
spec:
$2
YAML
)"; then fail "$1 was admitted"; else
    if grep -q "workshop" <<<"$out"; then pass "$1 refused"; else fail "$1 refused for another reason: $out"; fi
  fi
}
refused privileged '  containers: [{name: c, image: busybox, securityContext: {privileged: true}}]'
refused host-network '  hostNetwork: true
  containers: [{name: c, image: busybox}]'
refused host-path '  containers: [{name: c, image: busybox}]
  volumes: [{name: h, hostPath: {path: /}}]'
refused host-port '  containers: [{name: c, image: busybox, ports: [{containerPort: 80, hostPort: 8080}]}]'
refused sys-admin '  containers: [{name: c, image: busybox, securityContext: {capabilities: {add: [SYS_ADMIN]}}}]'
if ws "kubectl delete networkpolicy learner-egress-no-metadata -n $ns" >/dev/null 2>&1; then
  fail "the learner deleted the metadata block"
else
  pass "the learner cannot delete the workshop's network policies"
fi

step "no route to the cloud metadata endpoint"
if ws 'timeout 5 bash -c "exec 3<>/dev/tcp/169.254.169.254/80"' >/dev/null 2>&1; then
  fail "169.254.169.254:80 is reachable from the workspace"
else
  pass "169.254.169.254:80 is not reachable (on clusters without a metadata service this proves little)"
fi
