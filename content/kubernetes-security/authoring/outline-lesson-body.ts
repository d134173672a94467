/**
 * Reads a lesson body the way the site does (MDX with GitHub-flavoured Markdown) and returns its
 * outline: headings, code blocks and the components it uses. Tests use the outline to check a
 * lesson against the vocabulary and its own task list without rendering React.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

/** A component attribute: a plain string, a value computed from a literal expression, or null for a bare flag. */
export type AttributeValue = string | number | boolean | null | AttributeValue[] | LiteralObject;
type LiteralObject = { [key: string]: AttributeValue };

export type ComponentUse = {
  name: string;
  attributes: Record<string, AttributeValue>;
  /** Line in the .mdx file, for error messages. */
  line: number;
  /** Languages of the code blocks directly inside this component (not inside a nested one). */
  codeLangs: Array<string | null>;
};

export type CodeBlock = {
  /** The fence's language ("bash", "yaml", "text"), or null when the fence names none. */
  lang: string | null;
  value: string;
  line: number;
  /** Names of the components this block sits inside, outermost first (e.g. ["ExpectedOutput"]). */
  inside: string[];
};

export type Heading = { depth: number; text: string; line: number };

export type LessonOutline = {
  headings: Heading[];
  codeBlocks: CodeBlock[];
  components: ComponentUse[];
  /** All prose text (no code), joined with spaces: for searching the lesson's wording. */
  prose: string;
};

/** The few mdast node fields this module reads; a structural type keeps it independent of plugin typings. */
type Node = {
  type: string;
  children?: Node[];
  value?: unknown;
  lang?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
};

const INLINE = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'break',
  'mdxJsxTextElement',
]);

type Estree = { type: string; [key: string]: unknown };

/** Parses an MDX lesson body and returns its outline; rejects with the compiler's message if it is not valid MDX. */
export async function outlineLessonBody(source: string): Promise<LessonOutline> {
  let tree: Node | undefined;
  const capture = () => (root: Node) => {
    tree = root;
  };
  await compile(source, { remarkPlugins: [remarkGfm, capture] });
  if (!tree) throw new Error('the MDX compiler produced no syntax tree');
  const outline: LessonOutline = { headings: [], codeBlocks: [], components: [], prose: '' };
  const prose: string[] = [];
  walk(tree, [], outline, prose);
  outline.prose = prose.join('').replace(/\s+/g, ' ').trim();
  return outline;
}

function walk(node: Node, inside: ComponentUse[], outline: LessonOutline, prose: string[]): void {
  const line = node.position?.start.line ?? 0;
  // Inline pieces of one paragraph join without gaps; separate blocks get a space between them.
  if (!INLINE.has(node.type)) prose.push(' ');
  if (node.type === 'heading') {
    outline.headings.push({ depth: node.depth ?? 0, text: textOf(node), line });
  } else if (node.type === 'code') {
    const lang = node.lang ?? null;
    outline.codeBlocks.push({
      lang,
      value: String(node.value),
      line,
      inside: inside.map((c) => c.name),
    });
    inside.at(-1)?.codeLangs.push(lang);
    return;
  } else if (node.type === 'text' || node.type === 'inlineCode') {
    prose.push(String(node.value));
  }
  let childInside = inside;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const use: ComponentUse = {
      name: node.name ?? '',
      attributes: readAttributes(node),
      line,
      codeLangs: [],
    };
    outline.components.push(use);
    // Titles and questions are read by learners too, so they count as prose.
    for (const value of Object.values(use.attributes)) {
      if (typeof value === 'string') prose.push(` ${value} `);
    }
    childInside = [...inside, use];
  }
  for (const child of node.children ?? []) walk(child, childInside, outline, prose);
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value);
  return (node.children ?? []).map(textOf).join('');
}

function readAttributes(node: Node): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      throw new Error(`line ${node.position?.start.line}: spread attributes are not supported`);
    }
    const value = attribute.value;
    if (value === null || value === undefined) attributes[attribute.name] = null;
    else if (typeof value === 'string') attributes[attribute.name] = value;
    else attributes[attribute.name] = evaluateExpression(value, attribute.name);
  }
  return attributes;
}

/** Evaluates an attribute like `choices={[{ id: 'yes' }]}` from its syntax tree; only literals are allowed, nothing runs. */
function evaluateExpression(value: unknown, name: string): AttributeValue {
  const program = (value as { data?: { estree?: { body?: Estree[] } } }).data?.estree;
  const statement = program?.body?.[0];
  if (!statement || statement.type !== 'ExpressionStatement') {
    throw new Error(`attribute "${name}" must hold a literal value`);
  }
  return evaluateLiteral(statement.expression as Estree, name);
}

function evaluateLiteral(node: Estree, name: string): AttributeValue {
  switch (node.type) {
    case 'Literal':
      return node.value as AttributeValue;
    case 'ArrayExpression':
      return (node.elements as Estree[]).map((e) => evaluateLiteral(e, name));
    case 'ObjectExpression': {
      const result: LiteralObject = {};
      for (const property of node.properties as Estree[]) {
        const key = property.key as Estree;
        const keyName = key.type === 'Identifier' ? key.name : key.value;
        if (property.type !== 'Property' || property.computed || typeof keyName !== 'string') {
          throw new Error(`attribute "${name}" may only use plain object keys`);
        }
        result[keyName] = evaluateLiteral(property.value as Estree, name);
      }
      return result;
    }
    default:
      throw new Error(`attribute "${name}" must be built from literals, found ${node.type}`);
  }
}
