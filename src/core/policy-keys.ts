/**
 * Policy keys as the policy schema (schemas/policy.schema.json) defines them, for texts that name
 * them: an explain text writes `${policyKey('pickle.allow')}` rather than the key by hand, so a key
 * that does not exist (the old `pickleAllow`) fails when the module loads, and a test holds every
 * key named in any rule text to the schema.
 */
import schema from '../../schemas/policy.schema.json' with { type: 'json' };
import { ModelvetError } from './errors.ts';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  then?: SchemaNode;
  else?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  additionalProperties?: boolean | SchemaNode;
}

const definitions = (schema as { definitions?: Record<string, SchemaNode> }).definitions ?? {};

function collect(node: SchemaNode | undefined, prefix: string, into: Set<string>, depth = 0): void {
  if (!node || depth > 16) return;
  if (node.$ref?.startsWith('#/definitions/'))
    collect(definitions[node.$ref.slice(14)], prefix, into, depth + 1);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    into.add(path);
    collect(child, path, into, depth + 1);
  }
  for (const next of [node.items, node.then, node.else, ...(node.oneOf ?? []), ...(node.anyOf ?? [])])
    collect(next, prefix, into, depth + 1);
}

/** Every key path of the schema, dotted: `failOn`, `pickle.allow`, `pickle.allow.force`, ... */
export const POLICY_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  collect(schema as SchemaNode, '', keys);
  return keys;
})();

/**
 * The key in backticks, for an explain text; throws for a key the schema does not have. `leaf`
 * shows only its last part (`force` of `pickle.allow.force`), as it is written inside its entry.
 */
export function policyKey(path: string, options: { leaf?: boolean } = {}): string {
  if (!POLICY_KEYS.has(path))
    throw new ModelvetError('INTERNAL', `policy key ${path} is not in schemas/policy.schema.json`);
  return `\`${options.leaf ? path.split('.').at(-1) : path}\``;
}
