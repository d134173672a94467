/**
 * The table of contents of a lesson, taken from its MDX source on the server. The source goes
 * through the same remark-gfm + rehype-slug steps as the page itself, so every entry's id is the
 * exact id the rendered heading carries.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';

export type TocEntry = {
  /** The heading's id (its anchor on the page). */
  id: string;
  /** The heading's text, without markup. */
  text: string;
  /** 2 for `##`, 3 for `###`. */
  depth: 2 | 3;
};

/** Just enough of the hast tree to walk it. */
type HastNode = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

function readText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(readText).join('');
}

function collectHeadings(node: HastNode, into: TocEntry[]): void {
  const depth = node.tagName === 'h2' ? 2 : node.tagName === 'h3' ? 3 : undefined;
  if (node.type === 'element' && depth) {
    const id = node.properties?.id;
    if (typeof id === 'string' && id) {
      into.push({ id, text: readText(node).trim(), depth });
    }
    return;
  }
  for (const child of node.children ?? []) collectHeadings(child, into);
}

/** Lists the `##` and `###` headings of an MDX lesson body, in order. */
export async function extractTableOfContents(source: string): Promise<TocEntry[]> {
  const entries: TocEntry[] = [];
  const collect = () => (tree: HastNode) => collectHeadings(tree, entries);
  try {
    await compile(source, {
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, collect],
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read the lesson's headings: ${reason}`);
  }
  return entries;
}
