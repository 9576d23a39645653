/** Escaping for XML and HTML strings built by hand (SVG, snippets): the one module every builder uses. */

/** Text for element content or a double-quoted attribute value. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text for element content only, where a double quote needs no escape. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
