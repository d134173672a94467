/**
 * The facts this chapter promises to teach, each with the lesson that teaches it and a pattern
 * that finds it in the text. A unit test runs them over the lessons, so an edit that drops a fact
 * fails loudly instead of silently thinning the chapter.
 */

/** A fact: a short name for error messages, and a pattern the lesson text must match. */
export type Fact = [name: string, pattern: RegExp];

export const CHAPTER_FACTS: Array<{ slug: string; facts: Fact[] }> = [
  {
    slug: 'scope-and-4c',
    facts: [
      ['the four Cs', /Cloud[\s\S]*Cluster[\s\S]*Container[\s\S]*Code/],
      ['named the 4C model', /4C model/],
      ['each layer builds on the next outermost one', /builds on the next outermost layer/i],
      ['Code benefits from strong base layers', /Code layer benefits[\s\S]{0,80}base layers/i],
      ['from development to runtime enforcement', /writes code[\s\S]{0,120}enforces/i],
    ],
  },
  {
    slug: 'security-across-the-lifecycle',
    facts: [
      ['shift left', /shift left/i],
      [
        'supply chain: code and dependencies before the image',
        /supply chain[\s\S]{0,80}before any container image is built[\s\S]{0,80}dependency/i,
      ],
      ['Terraform', /Terraform/],
      ['CloudFormation', /CloudFormation/],
      ['Secret and IAM scripts', /Secrets?, IAM/],
      ['least privilege', /least privilege/i],
      ['compliance requirements', /compliance requirements/i],
      ['CIS benchmarks', /CIS benchmarks/],
      [
        'image scanning for CVEs',
        /images? (are )?scanned for known vulnerabilities[\s\S]{0,40}CVEs/i,
      ],
      ['configuration drift', /configuration drift/i],
      [
        'workload protection: prevention, detection, enforcement',
        /prevention, detection and enforcement/i,
      ],
      [
        'FortiDevSec for development and deployment',
        /FortiDevSec is built[\s\S]*FortiDevSec and FortiCSPM/,
      ],
      [
        'FortiCSPM for posture and configuration shift',
        /FortiCSPM[\s\S]{0,40}posture management[\s\S]{0,40}configuration shift/,
      ],
      [
        'FortiWeb and FortiADC for application security',
        /FortiWeb[\s\S]{0,12}FortiADC[\s\S]{0,40}application security/,
      ],
      ['cFOS for network security', /cFOS[\s\S]{0,80}network security/],
      ['FortiXDR at node and container level', /FortiXDR[\s\S]{0,40}node and container/],
    ],
  },
  {
    slug: 'runtime-workload-protection',
    facts: [
      ['traffic entering or leaving pods', /entering or leaving pods/i],
      ['CNI network policies', /CNI network policies/],
      ['container firewall such as cFOS', /container firewall[\s\S]{0,40}cFOS/i],
      ['malicious API through a LoadBalancer service', /malicious API[\s\S]{0,60}LoadBalancer/],
      ['TCP, UDP or SCTP', /TCP, UDP or SCTP/],
      ['Layer 4–7', /Layer 4–7/],
      ['attack inside the payload', /inside the payload/i],
      ['API audit logs', /API audit\s+log/i],
      [
        'syscall monitoring with agents or agentless',
        /syscalls[\s\S]{0,80}agent[\s\S]{0,80}agentless/i,
      ],
      ['privilege escalation as an example', /escalate its privileges/i],
    ],
  },
  {
    slug: 'api-level-security',
    facts: [
      [
        'RBAC, least privilege for authenticated users',
        /Role-Based Access Control[\s\S]{0,40}authenticated/,
      ],
      ['RBAC in depth in the next chapter', /next chapter covers RBAC/i],
      ['admission control', /Admission controllers/],
      ['PSP deprecated in 1.21', /deprecated in Kubernetes 1\.21/],
      ['PSP removed in 1.25', /removed in 1\.25/],
      [
        'replaced by Pod Security Admission',
        /Pod Security Admission \(PSA\)[\s\S]{0,20}replacement/,
      ],
      [
        'Pod Security Standards with predefined levels',
        /Pod Security Standards[\s\S]{0,40}predefined policy levels/,
      ],
      ['OPA', /OPA/],
      ['Kyverno', /Kyverno/],
    ],
  },
  {
    slug: 'security-contexts-and-capabilities',
    facts: [
      [
        'pod and container securityContext',
        /PodSecurityContext[\s\S]*containers\[\]\.securityContext/,
      ],
      [
        'allowPrivilegeEscalation: more privileges than the parent',
        /allowPrivilegeEscalation[\s\S]{0,80}more privileges than its parent/,
      ],
      ['privileged is root on the host', /equivalent to root on the host/],
      ['both false for most containers', /most containers, both[\s\S]{0,30}false/],
      [
        'runAsUser and runAsGroup',
        /runAsUser[\s\S]{0,10}runAsGroup[\s\S]{0,40}user ID and group ID/,
      ],
      ['a firewall runs as root', /firewalls need to run as the root user/],
      [
        'capabilities inherited from CRI-O or containerd',
        /inherits a default set from the container runtime[\s\S]{0,40}CRI-O or containerd/,
      ],
      ['CRI-O 1.25.4', /CRI-O 1\.25\.4/],
      ...[
        'CHOWN',
        'DAC_OVERRIDE',
        'FSETID',
        'FOWNER',
        'SETGID',
        'SETUID',
        'SETPCAP',
        'NET_BIND_SERVICE',
        'KILL',
      ].map((cap): Fact => [`default capability CAP_${cap}`, new RegExp(`CAP_${cap}\\b`)]),
      ['NET_RAW is not a default', /CAP_NET_RAW is not in the list/],
      ['ping fails without NET_RAW', /ping fails/],
      ['NET_RAW: RAW and PACKET sockets', /RAW and PACKET sockets/],
      [
        'NET_RAW: bind to any address for transparent proxying',
        /bind to any address[\s\S]{0,40}transparent proxying/,
      ],
      ['NET_RAW: craft packets, ICMP', /from scratch[\s\S]{0,40}ICMP/],
      ['NET_ADMIN: NAT and iptables', /NET_ADMIN[\s\S]{0,80}NAT, `?iptables/],
      [
        'SYS_ADMIN: system-wide logging',
        /SYS_ADMIN[\s\S]{0,120}system-wide logging[\s\S]{0,40}system logs/,
      ],
    ],
  },
  {
    slug: 'network-security-with-cfos',
    facts: [
      ['default allows all traffic', /lets every pod talk to every other pod/],
      ['ingress and egress', /ingress[\s\S]{0,40}egress/i],
      ['policies select pods by labels ("tags")', /labels \(the "tags"/],
      ['network policies filter Layers 3 and 4', /Layers 3 and 4/],
      [
        'next-generation firewall with deep packet inspection',
        /next-generation firewall \(NGFW\)[\s\S]{0,40}deep packet inspection/,
      ],
      [
        'cFOS is a Layer 7 firewall and the workshop focus',
        /cFOS is such a Layer 7 firewall[\s\S]{0,80}key focus/,
      ],
      [
        'north-south ingress at Layer 4 and Layer 7',
        /Ingress to pods \(north-south[\s\S]{0,40}Layer 4 traffic[\s\S]{0,40}Layer 7 traffic/,
      ],
      ['south-bound egress with Multus', /south-bound\), with Multus/],
      ['egress to the internet', /traffic to the internet/],
      [
        'egress to enterprise internal services such as a database in the VPC',
        /enterprise internal applications, such as a database in the same VPC/,
      ],
      [
        'east-west pod to pod via pod IP with Multus',
        /east-west\), with Multus[\s\S]{0,40}pod IP address/,
      ],
    ],
  },
];

/** Returns the names of the facts whose pattern the text does not match. */
export function findMissingFacts(text: string, facts: Fact[]): string[] {
  return facts.filter(([, pattern]) => !pattern.test(text)).map(([name]) => name);
}
