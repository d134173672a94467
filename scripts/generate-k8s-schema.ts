/**
 * Generates lib/k8s-schema/kubernetes.schema.json, the offline JSON schema of the YAML editor,
 * from the `kubernetes-types` declarations (no network, no cluster needed).
 * Run: npm run generate:schema
 */
import { writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

type Schema = Record<string, unknown> & { definitions?: Record<string, Schema> };

const schema = createGenerator({
  path: 'lib/k8s-schema/workshop-kinds.ts',
  tsconfig: 'tsconfig.json',
  type: 'WorkshopObject',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  skipTypeCheck: true,
  additionalProperties: false,
}).createSchema('WorkshopObject') as Schema;

// Quantities ("500m", "1Gi") and int-or-string ports are written both ways in YAML.
const numberOrString = (description: unknown) => ({
  anyOf: [{ type: 'string' }, { type: 'number' }],
  ...(typeof description === 'string' ? { description } : {}),
});
for (const [name, definition] of Object.entries(schema.definitions ?? {})) {
  if (
    /^(Quantity|IntOrString)$/.test(name) ||
    (definition.type === 'string' && /Quantity/.test(name))
  ) {
    schema.definitions![name] = numberOrString(definition.description);
  }
}

// A capability name list gets the common names as suggestions (any string stays valid).
const capabilities = schema.definitions?.Capabilities as Schema | undefined;
const capabilityNames = [
  'ALL',
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_ADMIN',
  'NET_BIND_SERVICE',
  'NET_RAW',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_ADMIN',
  'SYS_CHROOT',
  'SYS_PTRACE',
  'SYS_TIME',
];
if (capabilities?.properties) {
  for (const key of ['add', 'drop']) {
    const list = (capabilities.properties as Record<string, Schema>)[key];
    if (list)
      list.items = {
        type: 'string',
        examples: capabilityNames,
        anyOf: [{ enum: capabilityNames }, { type: 'string' }],
      };
  }
}

writeFileSync('lib/k8s-schema/kubernetes.schema.json', JSON.stringify(schema));
const size = Buffer.byteLength(JSON.stringify(schema));
console.log(
  `Wrote lib/k8s-schema/kubernetes.schema.json: ${Object.keys(schema.definitions ?? {}).length} definitions, ${Math.round(size / 1024)} kB`,
);
