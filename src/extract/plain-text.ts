/**
 * The plain text of the article body: one line per block (paragraphs, headings, list items, table cells…),
 * spaces collapsed within a line, so words of adjacent blocks never run together.
 */

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'br',
  'tbody',
  'thead',
  'tfoot',
  'details',
  'summary',
]);

const BREAK = '\u2029';

/** @param exclude elements whose text is left out (e.g. figure captions, shown but not read). */
export function plainText(root: Node, exclude?: string): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (exclude && node.nodeType === 1 && (node as Element).matches(exclude)) return;
    const name = (node as Element).localName;
    const block = name !== undefined && BLOCK.has(name);
    if (block) parts.push(BREAK);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) parts.push(BREAK);
  };
  visit(root);
  return parts
    .join('')
    .split(BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
