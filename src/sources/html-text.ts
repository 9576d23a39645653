/**
 * HTML → lines of text, one per block (paragraph, heading, list item, table row), the way a
 * browser lays it out: whitespace in the markup collapses to one space, and a space the markup's
 * line breaks put between two Chinese characters is dropped, as the page shows none there. Used for
 * the article Readability finds in a saved web page and for the HTML mammoth makes of a .docx.
 */
import { parseHTML } from 'linkedom';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);
const CELLS = new Set(['TD', 'TH']);

const HAN_PUNCT = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${HAN_PUNCT}]) (?=[${HAN_PUNCT}])`, 'gu');

/** One block's text as shown: runs of whitespace as one space, none between Chinese characters. */
export function tidyBlock(s: string): string {
  return s.replace(/[ \t\n\r\f\u00a0]+/gu, ' ').replace(SPACE_BETWEEN_CJK, '').trim();
}

interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
}

/** The text lines of `root`'s blocks, in document order; table cells in a row are separated by a tab. */
export function blockLines(root: WalkNode): string[] {
  const lines: string[] = [];
  let cells: string[] | null = null;
  let buffer = '';
  const flush = () => {
    if (cells !== null) {
      cells.push(tidyBlock(buffer));
    } else {
      const line = tidyBlock(buffer);
      if (line !== '') lines.push(line);
    }
    buffer = '';
  };
  const walk = (node: WalkNode) => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') return flush();
    if (name === 'TR') {
      flush();
      cells = [];
      for (const child of Array.from(node.childNodes)) walk(child);
      flush();
      const row: string[] = cells;
      cells = null;
      const text = row.filter((c) => c !== '').join('\t');
      if (text !== '') lines.push(text);
      return;
    }
    const block = BLOCKS.has(name) || CELLS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

/** An HTML fragment or page → its blocks' lines. */
export function htmlLines(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return blockLines(document.body as unknown as WalkNode);
}
