/**
 * JSON for a <script type="application/json"> island payload. `<` is escaped so no text in the
 * data (a quote containing "</script>") can end the element; U+2028/9 for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
